package dev.switchboard.localinfra.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Collects the survey links metrics-service sends on resolution, as an integrator sees them: the
 * {@code survey-requested} events on {@code switchboard.experience} (intake sends each on its
 * ticket's channel, by mail or as a notification on the ticket; the topic is the one place that
 * carries every link together). Reads from the end of the topic at the time it was opened, so only
 * this run's links count.
 */
final class SurveyLinks implements AutoCloseable {

  private static final String TOPIC = "switchboard.experience";
  private static final String SURVEY_REQUESTED = "switchboard.experience.survey-requested.v1";

  private final KafkaConsumer<String, String> consumer;
  private final Map<String, String> linkByTicket = new ConcurrentHashMap<>();

  SurveyLinks(String bootstrapServers) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
    consumer = new KafkaConsumer<>(config);
    List<TopicPartition> partitions =
        consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
            .map(info -> new TopicPartition(TOPIC, info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // fixes the start now, not at the first poll
  }

  /**
   * Reads new links until {@code expected} are known or none came for {@code quiet}, at most {@code
   * limit}; returns ticket id → link.
   */
  Map<String, String> await(int expected, Duration quiet, Duration limit) {
    long end = System.nanoTime() + limit.toNanos();
    long lastNews = System.nanoTime();
    while (linkByTicket.size() < expected
        && System.nanoTime() < end
        && System.nanoTime() - lastNews < quiet.toNanos()) {
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null
            || !SURVEY_REQUESTED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
          continue;
        }
        JsonNode event = StackClient.parse(record.value());
        String url = event.path("surveyUrl").asText("");
        if (!url.isEmpty()) {
          linkByTicket.put(event.path("ticketId").asText(), url);
          lastNews = System.nanoTime();
        }
      }
    }
    return Map.copyOf(linkByTicket);
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(2));
  }
}

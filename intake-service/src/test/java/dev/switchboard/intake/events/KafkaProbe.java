package dev.switchboard.intake.events;

import dev.switchboard.localinfra.TestInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes the real test broker the way other services do. */
public final class KafkaProbe {

  private KafkaProbe() {}

  /** Polls {@code topic} from the start until {@code enough} holds for the matching records. */
  public static List<ConsumerRecord<String, String>> await(
      String topic,
      Predicate<ConsumerRecord<String, String>> matching,
      Predicate<List<ConsumerRecord<String, String>>> enough) {
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = TestInfra.kafka().probeConsumer()) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 30_000;
      while (!enough.test(found) && System.currentTimeMillis() < deadline) {
        consumer
            .poll(Duration.ofMillis(300))
            .forEach(
                r -> {
                  if (matching.test(r)) {
                    found.add(r);
                  }
                });
      }
    }
    return found;
  }

  public static String header(ConsumerRecord<String, String> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** Sends one binary-mode CloudEvent. */
  public static void send(String topic, String key, String ceId, String ceType, String json) {
    Map<String, Object> config = Map.of("bootstrap.servers", TestInfra.kafka().bootstrapServers());
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
      record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
      record.headers().add("ce_type", ceType.getBytes(StandardCharsets.UTF_8));
      record
          .headers()
          .add("ce_source", "/switchboard/routing-service".getBytes(StandardCharsets.UTF_8));
      record.headers().add("ce_subject", key.getBytes(StandardCharsets.UTF_8));
      record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
      record
          .headers()
          .add("ce_time", java.time.Instant.now().toString().getBytes(StandardCharsets.UTF_8));
      producer.send(record);
      producer.flush();
    }
  }
}

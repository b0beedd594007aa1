package dev.switchboard.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.switchboard.contracts.EventType;
import dev.switchboard.localinfra.TestInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Produces CloudEvents onto, and reads them from, the real test broker. */
public final class KafkaProbe {

  public static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private KafkaProbe() {}

  /** Sends one binary-mode CloudEvent with the given id (reuse it to simulate a redelivery). */
  public static void send(String ceId, EventType type, UUID key, Record payload) {
    Map<String, Object> config =
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafka().bootstrapServers());
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      ProducerRecord<String, String> record =
          new ProducerRecord<>(
              type.topic().topicName(), key.toString(), JSON.writeValueAsString(payload));
      header(record, "ce_id", ceId);
      header(record, "ce_type", type.ceType());
      header(record, "ce_source", "/switchboard/intake-service");
      header(record, "ce_subject", key.toString());
      header(record, "ce_time", Instant.now().toString());
      header(record, "ce_specversion", "1.0");
      producer.send(record).get();
    } catch (JsonProcessingException
        | InterruptedException
        | java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("could not send " + type, e);
    }
  }

  /** Every event of {@code type} on its topic whose JSON payload mentions {@code needle}. */
  public static List<String> payloads(EventType type, String needle) {
    List<String> matches = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = TestInfra.kafka().probeConsumer()) {
      consumer.subscribe(List.of(type.topic().topicName()));
      long deadline = System.currentTimeMillis() + 10_000;
      int quietPolls = 0;
      // read to the end: stop after a few empty polls once partitions are assigned
      while (quietPolls < 3 && System.currentTimeMillis() < deadline) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(300));
        quietPolls = records.isEmpty() && !consumer.assignment().isEmpty() ? quietPolls + 1 : 0;
        for (ConsumerRecord<String, String> r : records) {
          var header = r.headers().lastHeader("ce_type");
          if (header != null
              && type.ceType().equals(new String(header.value(), StandardCharsets.UTF_8))
              && r.value().contains(needle)) {
            matches.add(r.value());
          }
        }
      }
    }
    return matches;
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}

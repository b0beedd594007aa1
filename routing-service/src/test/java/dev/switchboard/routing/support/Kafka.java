package dev.switchboard.routing.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.switchboard.contracts.EventType;
import dev.switchboard.localinfra.TestInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The real broker as other services see it: publishes CloudEvents the way intake does, and records
 * everything routing publishes on {@code switchboard.routing}.
 */
public final class Kafka {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static KafkaProducer<String, String> producer;
  private static final List<ConsumerRecord<String, String>> ROUTING = new CopyOnWriteArrayList<>();
  private static Thread recorder;

  private Kafka() {}

  /** Publishes one event with a fresh CloudEvents id; returns that id. */
  public static String publish(EventType type, UUID key, Record payload) {
    String id = UUID.randomUUID().toString();
    publish(type, key, payload, id);
    return id;
  }

  /** Publishes with a given CloudEvents id (a redelivery repeats the id). */
  public static synchronized void publish(EventType type, UUID key, Record payload, String ceId) {
    if (producer == null) {
      producer =
          new KafkaProducer<>(
              Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafka().bootstrapServers()),
              new StringSerializer(),
              new StringSerializer());
      startRecorder();
    }
    try {
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
    } catch (Exception e) {
      throw new IllegalStateException("could not publish " + type, e);
    }
  }

  /** Routing events published so far for one ticket, of one type. */
  public static List<ConsumerRecord<String, String>> routingEvents(UUID ticketId, EventType type) {
    List<ConsumerRecord<String, String>> matches = new ArrayList<>();
    for (ConsumerRecord<String, String> r : ROUTING) {
      if (ticketId.toString().equals(r.key()) && type.ceType().equals(header(r, "ce_type"))) {
        matches.add(r);
      }
    }
    return matches;
  }

  public static String header(ConsumerRecord<String, String> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
  }

  private static void startRecorder() {
    recorder =
        new Thread(
            () -> {
              try (KafkaConsumer<String, String> consumer = TestInfra.kafka().probeConsumer()) {
                consumer.subscribe(List.of("switchboard.routing"));
                while (!Thread.currentThread().isInterrupted()) {
                  consumer.poll(Duration.ofMillis(100)).forEach(ROUTING::add);
                }
              }
            },
            "routing-topic-recorder");
    recorder.setDaemon(true);
    recorder.start();
  }
}

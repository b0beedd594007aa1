package dev.switchboard.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.experience.ExperienceEvent;
import dev.switchboard.contracts.interaction.InteractionEvent;
import dev.switchboard.contracts.routing.RoutingEvent;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.localinfra.TestInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces real binary-mode CloudEvents to the shared test broker, as the other services do, and
 * reads back what this service published. Also builds the payloads tests need.
 */
public final class TestEvents {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private TestEvents() {}

  /** Publishes one event with a fresh id; returns the id. */
  public static String send(EventType type, UUID key, Record payload) {
    String id = UUID.randomUUID().toString();
    send(type, key, payload, id);
    return id;
  }

  /** Publishes one event with the given id (a repeat simulates a redelivery). */
  public static void send(EventType type, UUID key, Record payload, String id) {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafka().bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      ProducerRecord<String, String> record =
          new ProducerRecord<>(
              type.topic().topicName(),
              key == null ? null : key.toString(),
              JSON.writeValueAsString(payload));
      header(record, "ce_id", id);
      header(record, "ce_type", type.ceType());
      header(record, "ce_source", "/switchboard/test");
      header(record, "ce_specversion", "1.0");
      header(record, "ce_time", Instant.now().toString());
      if (key != null) {
        header(record, "ce_subject", key.toString());
      }
      producer.send(record).get();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    } catch (Exception e) {
      throw new IllegalStateException("could not publish " + type, e);
    }
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
  }

  /** The first event of this type on its topic whose payload matches, waiting up to 20 s. */
  public static <T extends Record> Optional<T> awaitPublished(
      EventType type, Class<T> payloadType, Predicate<T> matching) {
    try (KafkaConsumer<String, String> consumer = TestInfra.kafka().probeConsumer()) {
      consumer.subscribe(List.of(type.topic().topicName()));
      long deadline = System.currentTimeMillis() + 20_000;
      while (System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
          var header = record.headers().lastHeader("ce_type");
          if (header == null
              || !type.ceType().equals(new String(header.value(), StandardCharsets.UTF_8))) {
            continue;
          }
          T payload = JSON.readValue(record.value(), payloadType);
          if (matching.test(payload)) {
            return Optional.of(payload);
          }
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return Optional.empty();
  }

  public static TicketEvent ticket(
      UUID ticketId, String type, String category, String channel, UUID customerId, Instant at) {
    return ticket(ticketId, type, category, channel, customerId, "Printer jams", "status", at, at);
  }

  public static TicketEvent ticket(
      UUID ticketId,
      String type,
      String category,
      String channel,
      UUID customerId,
      String subject,
      String status,
      Instant createdAt,
      Instant occurredAt) {
    return new TicketEvent(
        ticketId,
        "SD-" + Math.abs(ticketId.getLeastSignificantBits() % 100000),
        type,
        category,
        null,
        "medium",
        "medium",
        "p3",
        status,
        null,
        channel,
        customerId,
        null,
        subject,
        subject,
        null,
        null,
        null,
        null,
        "agent1",
        channel,
        0,
        createdAt,
        occurredAt);
  }

  public static TicketEvent resolved(TicketEvent ticket, String code, Instant at) {
    return after(ticket, "resolved", new TicketEvent.Resolution(code, "done", null), 0, at);
  }

  public static TicketEvent withStatus(
      TicketEvent ticket, String status, int reopened, Instant at) {
    return after(ticket, status, null, reopened, at);
  }

  /** The ticket as a later event carries it. */
  private static TicketEvent after(
      TicketEvent ticket,
      String status,
      TicketEvent.Resolution resolution,
      int reopened,
      Instant at) {
    return new TicketEvent(
        ticket.ticketId(),
        ticket.number(),
        ticket.type(),
        ticket.category(),
        ticket.catalogItem(),
        ticket.impact(),
        ticket.urgency(),
        ticket.priority(),
        status,
        ticket.status(),
        ticket.channel(),
        ticket.customerId(),
        null,
        ticket.subject(),
        ticket.description(),
        null,
        null,
        resolution,
        null,
        "agent1",
        "api",
        reopened,
        ticket.createdAt(),
        at);
  }

  public static InteractionEvent interaction(
      UUID ticketId,
      String channel,
      String direction,
      String kind,
      String authorRole,
      long handleSeconds,
      Instant at) {
    return new InteractionEvent(
        UUID.randomUUID(),
        ticketId,
        "SD-1",
        null,
        channel,
        direction,
        "public",
        kind,
        "someone",
        authorRole,
        handleSeconds,
        at);
  }

  public static RoutingEvent routing(UUID ticketId, String group, Instant at) {
    return new RoutingEvent(
        ticketId, "SD-1", group, "agent1", null, null, "rule", null, null, null, List.of(), "p3",
        null, at, null);
  }

  /** An SLA event of one clock: {@code first_response} or {@code resolution}. */
  public static RoutingEvent sla(UUID ticketId, String clock, Instant at) {
    return clockEvent(ticketId, clock, at, null);
  }

  /** A clock of this kind stopped after running {@code businessSeconds} of business time. */
  public static RoutingEvent slaStopped(
      UUID ticketId, String clock, long businessSeconds, Instant at) {
    return clockEvent(ticketId, clock, at, businessSeconds);
  }

  private static RoutingEvent clockEvent(
      UUID ticketId, String clock, Instant at, Long businessSeconds) {
    return new RoutingEvent(
        ticketId,
        "SD-1",
        null,
        null,
        null,
        null,
        null,
        null,
        clock,
        at,
        List.of(),
        "p3",
        null,
        at,
        businessSeconds);
  }

  public static ExperienceEvent answer(UUID ticketId, String channel, int rating, Instant at) {
    return new ExperienceEvent(
        ticketId, "SD-1", null, channel, null, rating, null, null, null, null, null, at);
  }
}

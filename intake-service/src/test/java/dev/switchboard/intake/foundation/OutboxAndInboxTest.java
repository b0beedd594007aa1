package dev.switchboard.intake.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.interaction.InteractionEvent;
import dev.switchboard.eventing.inbox.Inbox;
import dev.switchboard.eventing.outbox.Outbox;
import dev.switchboard.localinfra.TestInfra;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxAndInboxTest {

  @Inject Outbox outbox;
  @Inject Inbox inbox;
  @Inject AgroalDataSource dataSource;

  @Test
  void eventWrittenWhileTheBrokerIsDownIsPublishedOnceItIsBack() throws Exception {
    UUID ticketId = UUID.randomUUID();
    TestInfra.kafka().stop();
    UUID eventId;
    try {
      eventId =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      outbox.emit(EventType.INTERACTION_RECORDED, ticketId, interaction(ticketId)));
      Thread.sleep(1500);
      assertThat(outboxBacklog()).isGreaterThanOrEqualTo(1);
    } finally {
      TestInfra.kafka().restart();
    }

    await().atMost(Duration.ofSeconds(45)).until(() -> outboxBacklog() == 0);
    // The consumers reconnect by themselves: the service is ready again without a restart.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> RestAssured.get("/q/health/ready").statusCode() == 200);
    List<ConsumerRecord<String, String>> copies =
        readAll("switchboard.interactions", eventId.toString());
    assertThat(copies).hasSize(1);
    ConsumerRecord<String, String> published = copies.get(0);
    assertThat(published.key()).isEqualTo(ticketId.toString());
    assertThat(header(published, "ce_type")).isEqualTo("switchboard.interaction.recorded.v1");
    assertThat(header(published, "ce_source")).isEqualTo("/switchboard/intake-service");
    assertThat(header(published, "ce_specversion")).isEqualTo("1.0");
  }

  @Test
  void redeliveredEventIsRecognisedAndSkipped() {
    ConsumerRecord<String, String> record =
        new ConsumerRecord<>("switchboard.interactions", 0, 0L, "key", "{}");
    record.headers().add(new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes()));
    record
        .headers()
        .add(new RecordHeader("ce_type", EventType.INTERACTION_RECORDED.ceType().getBytes()));

    boolean first =
        QuarkusTransaction.requiringNew().call(() -> inbox.receive("test", record).isPresent());
    boolean second =
        QuarkusTransaction.requiringNew().call(() -> inbox.receive("test", record).isPresent());

    assertThat(first).isTrue();
    assertThat(second).isFalse();
  }

  @Test
  void inboxClaimIsUndoneWhenTheConsumersTransactionRollsBack() {
    String eventId = UUID.randomUUID().toString();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                inbox.firstDelivery("test", eventId);
                throw new IllegalStateException("consumer effect failed");
              });
    } catch (IllegalStateException expected) {
      // the effect failed, so the event must be processed again on redelivery
    }
    assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("test", eventId)))
        .isTrue();
  }

  private static InteractionEvent interaction(UUID ticketId) {
    return new InteractionEvent(
        UUID.randomUUID(),
        ticketId,
        "SD-1",
        UUID.randomUUID(),
        "portal",
        "inbound",
        "public",
        "contact",
        "ana",
        "customer",
        0,
        Instant.now());
  }

  private long outboxBacklog() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from eventing_outbox")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<ConsumerRecord<String, String>> readAll(String topic, String ceId) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            TestInfra.kafka().bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "probe-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest");
    List<ConsumerRecord<String, String>> matches = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 10_000;
      while (System.currentTimeMillis() < deadline) {
        consumer
            .poll(Duration.ofMillis(500))
            .forEach(
                r -> {
                  if (ceId.equals(header(r, "ce_id"))) {
                    matches.add(r);
                  }
                });
        if (!matches.isEmpty()
            && !consumer.assignment().isEmpty()
            && consumer.assignment().stream()
                .allMatch(
                    tp -> consumer.position(tp) >= consumer.endOffsets(List.of(tp)).get(tp))) {
          break;
        }
      }
    }
    return matches;
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}

package dev.switchboard.intake.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.interaction.InteractionEvent;
import dev.switchboard.eventing.inbox.Inbox;
import dev.switchboard.eventing.outbox.Outbox;
import dev.switchboard.intake.events.KafkaProbe;
import dev.switchboard.localinfra.TestInfra;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxAndInboxTest {

  @Inject Outbox outbox;
  @Inject TransactionSynchronizationRegistry transactions;
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
  void secondTransactionWritingForTheSameTicketWaitsUntilTheFirstEnds() throws Exception {
    UUID ticketId = UUID.randomUUID();
    CountDownLatch firstWrote = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      Future<?> first =
          threads.submit(
              () ->
                  QuarkusTransaction.requiringNew()
                      .run(
                          () -> {
                            outbox.emit(
                                EventType.INTERACTION_RECORDED, ticketId, interaction(ticketId));
                            // The outbox writes (and locks) as the transaction completes: hold
                            // it there, written but not yet committed.
                            transactions.registerInterposedSynchronization(
                                new Synchronization() {
                                  @Override
                                  public void beforeCompletion() {
                                    firstWrote.countDown();
                                    awaitQuietly(release);
                                  }

                                  @Override
                                  public void afterCompletion(int status) {}
                                });
                          }));
      assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
      Future<?> sameTicket = threads.submit(() -> emitInOwnTransaction(ticketId));
      Future<?> otherTicket = threads.submit(() -> emitInOwnTransaction(UUID.randomUUID()));

      otherTicket.get(10, TimeUnit.SECONDS);
      Thread.sleep(500);
      assertThat(sameTicket).isNotDone();

      release.countDown();
      first.get(10, TimeUnit.SECONDS);
      sameTicket.get(10, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void aTransactionsEventsArePublishedInTheOrderItEmittedThem() {
    UUID first = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    List<UUID> emitted =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    List.of(
                        outbox.emit(EventType.INTERACTION_RECORDED, first, interaction(first)),
                        outbox.emit(EventType.INTERACTION_RECORDED, other, interaction(other)),
                        outbox.emit(EventType.INTERACTION_RECORDED, first, interaction(first))));

    List<ConsumerRecord<String, String>> ofFirst =
        KafkaProbe.await(
            "switchboard.interactions", r -> first.toString().equals(r.key()), r -> r.size() == 2);
    assertThat(ofFirst)
        .extracting(r -> KafkaProbe.header(r, "ce_id"))
        .containsExactly(emitted.get(0).toString(), emitted.get(2).toString());
    assertThat(
            KafkaProbe.await(
                "switchboard.interactions",
                r -> other.toString().equals(r.key()),
                r -> !r.isEmpty()))
        .extracting(r -> KafkaProbe.header(r, "ce_id"))
        .containsExactly(emitted.get(1).toString());
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

  private void emitInOwnTransaction(UUID ticketId) {
    QuarkusTransaction.requiringNew()
        .run(() -> outbox.emit(EventType.INTERACTION_RECORDED, ticketId, interaction(ticketId)));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
    List<ConsumerRecord<String, String>> matches = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = TestInfra.kafka().probeConsumer()) {
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

package dev.switchboard.routing.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.routing.support.Admin;
import dev.switchboard.routing.support.Api;
import dev.switchboard.routing.support.Kafka;
import dev.switchboard.routing.support.Sla;
import dev.switchboard.routing.support.TestClock;
import dev.switchboard.routing.support.Tickets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlaWarningTest {

  @Inject TestClock clock;
  @Inject SlaService sla;

  @BeforeEach
  void tiersAndPolicy() {
    Admin.group("sla-tier2", "load_balanced", null);
    Admin.group("sla-tier1", "load_balanced", "sla-tier2");
    Admin.agent("sla-first", List.of("sla-tier1"), List.of(), 50);
    Admin.agent("sla-second", List.of("sla-tier2"), List.of(), 50);
    Admin.rule("sla-tier1", "sla", "sla-tier1", List.of());
    Sla.p5IncidentPolicy("functional");
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void warningFiresOnceAtThreeQuartersAndTriggersTheConfiguredEscalation() {
    // whole microseconds: PostgreSQL rounds finer times, which the dueAt comparison must not see
    TicketEvent ticket =
        Tickets.created("sla/warn", "p5", clock.instant().truncatedTo(ChronoUnit.MICROS));
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());
    Api.get("agent1", "/api/v1/tickets/" + ticket.ticketId() + "/sla")
        .then()
        .body("policy", equalTo(Sla.POLICY))
        .body("clocks.find { it.kind == 'first_response' }.state", equalTo("running"))
        .body(
            "clocks.find { it.kind == 'first_response' }.dueAt",
            equalTo(ticket.createdAt().plus(Duration.ofHours(1)).toString()));

    clock.advance(Duration.ofMinutes(46));

    awaitOne(ticket.ticketId(), EventType.SLA_WARNING);
    Api.get("agent1", "/api/v1/tickets/" + ticket.ticketId() + "/escalations")
        .then()
        .body("items.trigger", hasItem("sla_warning:first_response"))
        .body("items[0].kind", equalTo("functional"))
        .body("items[0].toGroup", equalTo("sla-tier2"));
    Api.get("agent1", "/api/v1/tickets/" + ticket.ticketId() + "/assignment")
        .then()
        .body("group", equalTo("sla-tier2"))
        .body("owner", equalTo("sla-second"));
    assertThat(Kafka.routingEvents(ticket.ticketId(), EventType.SLA_BREACHED)).isEmpty();
  }

  @Test
  void breachFiresOnceAndEscalatesToTheSupervisor() {
    TicketEvent ticket = Tickets.created("sla/breach", "p5", clock.instant());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());

    clock.advance(Duration.ofMinutes(61));

    awaitOne(ticket.ticketId(), EventType.SLA_BREACHED);
    assertThat(Kafka.routingEvents(ticket.ticketId(), EventType.SLA_WARNING)).hasSize(1);
    Api.get("agent1", "/api/v1/tickets/" + ticket.ticketId() + "/sla")
        .then()
        .body("clocks.find { it.kind == 'first_response' }.state", equalTo("breached"))
        .body("clocks.find { it.kind == 'resolution' }.state", equalTo("running"));
    Api.get("agent1", "/api/v1/tickets/" + ticket.ticketId() + "/escalations")
        .then()
        .body("items.trigger", hasItem("sla_breach:first_response"));
    Api.get("agent1", "/api/v1/tickets/" + ticket.ticketId() + "/assignment")
        .then()
        .body("hot", equalTo(true));
  }

  @Test
  void restartInTheMiddleNeitherLosesNorDoublesAWarning() throws Exception {
    TicketEvent ticket = Tickets.created("sla/restart", "p5", clock.instant());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());
    clock.advance(Duration.ofMinutes(50));

    // a scheduler claims the due clock and dies before committing: nothing may be lost
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                sla.fireDue();
                throw new IllegalStateException("crash before commit");
              });
    } catch (IllegalStateException crashed) {
      // the claim and its events roll back together
    }
    // three more instances race over the same rows next to the regular scheduler
    List<CompletableFuture<Integer>> racers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      racers.add(
          CompletableFuture.supplyAsync(
              () -> QuarkusTransaction.requiringNew().call(sla::fireDue)));
    }
    racers.forEach(CompletableFuture::join);

    awaitOne(ticket.ticketId(), EventType.SLA_WARNING);
  }

  private static void awaitOne(UUID ticketId, EventType type) {
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> !Kafka.routingEvents(ticketId, type).isEmpty());
    // later scans and racing schedulers must not add a second one
    await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
    assertThat(Kafka.routingEvents(ticketId, type)).hasSize(1);
  }
}

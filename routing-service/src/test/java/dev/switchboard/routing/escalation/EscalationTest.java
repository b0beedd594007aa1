package dev.switchboard.routing.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.contracts.ticket.TicketEvent.TicketSignals;
import dev.switchboard.routing.support.Admin;
import dev.switchboard.routing.support.Api;
import dev.switchboard.routing.support.IntakeStubResource;
import dev.switchboard.routing.support.Kafka;
import dev.switchboard.routing.support.Tickets;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EscalationTest {

  @BeforeEach
  void twoTiers() {
    Admin.group("esc-tier2", "load_balanced", null);
    Admin.group("esc-tier1", "load_balanced", "esc-tier2");
    Admin.agent("esc-first", List.of("esc-tier1"), List.of(), 50);
    Admin.agent("esc-second", List.of("esc-tier2"), List.of(), 50);
    Admin.rule("esc-tier1", "esc", "esc-tier1", List.of());
  }

  @Test
  void functionalEscalationReassignsInsideTheNextTier() {
    TicketEvent ticket = Tickets.created("esc/app", "p3", Instant.now());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());
    String base = "/api/v1/tickets/" + ticket.ticketId();

    Api.post(
            "esc-first",
            base + "/escalations",
            Map.of("kind", "functional", "reason", "needs tier 2"))
        .then()
        .statusCode(201)
        .body("kind", equalTo("functional"))
        .body("fromGroup", equalTo("esc-tier1"))
        .body("toGroup", equalTo("esc-tier2"));

    Api.get("agent1", base + "/assignment")
        .then()
        .body("group", equalTo("esc-tier2"))
        .body("owner", equalTo("esc-second"))
        .body("history[1].reason", equalTo("functional escalation: needs tier 2"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !Kafka.routingEvents(ticket.ticketId(), EventType.TICKET_ESCALATED).isEmpty());
    assertThat(Kafka.routingEvents(ticket.ticketId(), EventType.TICKET_REASSIGNED)).hasSize(1);
  }

  @Test
  void hierarchicalEscalationNotifiesTheSupervisorAndMarksTheTicketHot() {
    TicketEvent ticket = Tickets.created("esc", "p3", Instant.now());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());
    String base = "/api/v1/tickets/" + ticket.ticketId();

    Api.post("esc-first", base + "/escalations", Map.of("kind", "hierarchical", "reason", "VIP"))
        .then()
        .statusCode(201)
        .body("notified", equalTo("sam"));

    Api.get("agent1", base + "/assignment")
        .then()
        .body("hot", equalTo(true))
        .body("owner", equalTo("esc-first"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !Kafka.routingEvents(ticket.ticketId(), EventType.TICKET_ESCALATED).isEmpty());
    assertThat(Kafka.routingEvents(ticket.ticketId(), EventType.TICKET_ESCALATED).get(0).value())
        .contains("\"escalationKind\":\"hierarchical\"")
        .contains("\"agents\":[\"sam\"]");
  }

  @Test
  void p1TicketIsEscalatedOnceAutomatically() {
    TicketEvent ticket = Tickets.created("esc/outage", "p1", Instant.now());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());
    Kafka.publish(
        EventType.TICKET_STATUS_CHANGED,
        ticket.ticketId(),
        Tickets.changed(ticket, "esc/outage", "in_progress", Instant.now()));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !Kafka.routingEvents(ticket.ticketId(), EventType.TICKET_ESCALATED).isEmpty());
    Api.get("agent1", "/api/v1/tickets/" + ticket.ticketId() + "/escalations")
        .then()
        .body("items", hasSize(1))
        .body("items[0].trigger", equalTo("p1"))
        .body("items[0].kind", equalTo("hierarchical"));
  }

  @Test
  void negativeSentimentFromIntakesCustomerContextEscalates() {
    UUID customer = UUID.randomUUID();
    IntakeStubResource.customerSignals(customer, 1, true);
    TicketEvent ticket =
        Tickets.created(UUID.randomUUID(), customer, "esc", "p4", Instant.now(), null);
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());

    Api.get("agent1", "/api/v1/tickets/" + ticket.ticketId() + "/escalations")
        .then()
        .body("items.trigger", hasItem("negative_sentiment"));
  }

  @Test
  void customerSignalsCarriedByTheEventEscalateWithoutAskingIntake() {
    UUID customer = UUID.randomUUID();
    TicketEvent ticket =
        Tickets.created(
            UUID.randomUUID(),
            customer,
            "esc",
            "p4",
            Instant.now(),
            new TicketSignals(false, false, false, false, 1, false, true));
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());

    Api.get("agent1", "/api/v1/tickets/" + ticket.ticketId() + "/escalations")
        .then()
        .body("items.trigger", hasItem("negative_sentiment"));
    assertThat(IntakeStubResource.signalRequestsFor(customer)).isZero();
  }

  @Test
  void slowIntakeDoesNotHoldUpTheAssignment() {
    UUID customer = UUID.randomUUID();
    IntakeStubResource.slowCustomer(customer, 5_000);
    TicketEvent ticket =
        Tickets.created(UUID.randomUUID(), customer, "esc", "p4", Instant.now(), null);
    Tickets.publishCreated(ticket);

    Api.awaitAssignment(ticket.ticketId());

    // the slow answer would have carried negative sentiment: the fallback routed without it
    Api.get("agent1", "/api/v1/tickets/" + ticket.ticketId() + "/escalations")
        .then()
        .body("items", hasSize(0));
  }

  @Test
  void unknownEscalationKindIs400WithTheAllowedValues() {
    TicketEvent ticket = Tickets.created("esc", "p4", Instant.now());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());

    Api.post(
            "esc-first",
            "/api/v1/tickets/" + ticket.ticketId() + "/escalations",
            Map.of("kind", "sideways", "reason", "?"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("kind"));
  }
}

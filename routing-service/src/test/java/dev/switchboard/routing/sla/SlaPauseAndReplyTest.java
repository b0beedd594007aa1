package dev.switchboard.routing.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.routing.support.Api;
import dev.switchboard.routing.support.Interactions;
import dev.switchboard.routing.support.Kafka;
import dev.switchboard.routing.support.Sla;
import dev.switchboard.routing.support.TestClock;
import dev.switchboard.routing.support.Tickets;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlaPauseAndReplyTest {

  @Inject TestClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void pendingPausesTheClocksAndAPublicAgentReplyMeetsFirstResponse() {
    Sla.p5IncidentPolicy("none");
    TicketEvent ticket = Tickets.created("pause/case", "p5", clock.instant());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());
    String sla = "/api/v1/tickets/" + ticket.ticketId() + "/sla";

    Kafka.publish(
        EventType.TICKET_STATUS_CHANGED,
        ticket.ticketId(),
        Tickets.changed(ticket, ticket.category(), "pending", clock.instant()));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> "paused".equals(Api.get("agent1", sla).path("clocks[0].state")));
    clock.advance(Duration.ofHours(2));
    Instant resumedAt = clock.instant();
    Kafka.publish(
        EventType.TICKET_STATUS_CHANGED,
        ticket.ticketId(),
        Tickets.changed(ticket, ticket.category(), "in_progress", resumedAt));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> "running".equals(Api.get("agent1", sla).path("clocks[0].state")));

    Api.get("agent1", sla).then().body("pauses", hasSize(1)).body("pauses[0].to", notNullValue());
    Instant dueAt =
        Instant.parse(
            Api.get("agent1", sla).path("clocks.find { it.kind == 'first_response' }.dueAt"));
    assertThat(dueAt).isAfter(ticket.createdAt().plus(Duration.ofMinutes(179)));

    Interactions.publishPublicAgentReply(ticket, clock.instant());
    Sla.awaitClockState(ticket.ticketId(), "first_response", "met");
    Api.get("agent1", sla)
        .then()
        .body("clocks.find { it.kind == 'resolution' }.state", equalTo("running"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Kafka.routingEvents(ticket.ticketId(), EventType.SLA_MET).size() == 1);
  }
}

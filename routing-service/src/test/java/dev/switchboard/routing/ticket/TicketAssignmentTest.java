package dev.switchboard.routing.ticket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.localinfra.TestTokens;
import dev.switchboard.routing.support.Admin;
import dev.switchboard.routing.support.Kafka;
import dev.switchboard.routing.support.Tickets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketAssignmentTest {

  @BeforeEach
  void twoTeams() {
    Tickets.awaitRoutingReady();
    Admin.group("printing", "load_balanced", null);
    Admin.group("plotting", "load_balanced", null);
    Admin.agent("printer-pat", List.of("printing"), List.of("printer"), 50);
    Admin.agent("plotter-pia", List.of("plotting"), List.of("plotter"), 50);
    Admin.rule("printing", "printing", "printing", List.of("printer"));
    Admin.rule("plotting", "plotting", "plotting", List.of("plotter"));
  }

  @Test
  void ticketEventLeadsToAnAssignmentWithinASecond() {
    TicketEvent ticket = Tickets.created("printing/jam", "p3", Instant.now());
    Tickets.publishCreated(ticket);

    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> assignment(ticket.ticketId()).statusCode() == 200);
    assignment(ticket.ticketId())
        .then()
        .body("group", equalTo("printing"))
        .body("owner", equalTo("printer-pat"))
        .body("history", hasSize(1))
        .body("history[0].reason", equalTo("new ticket (rule printing)"));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !Kafka.routingEvents(ticket.ticketId(), EventType.TICKET_ASSIGNED).isEmpty());
    String payload =
        Kafka.routingEvents(ticket.ticketId(), EventType.TICKET_ASSIGNED).get(0).value();
    assertThat(payload)
        .contains("\"ticketNumber\":\"" + ticket.number() + "\"")
        .contains("\"priority\":\"p3\"")
        .contains("\"channel\":\"email\"")
        .contains("\"owner\":\"printer-pat\"");
  }

  @Test
  void redeliveredTicketEventChangesNothing() {
    TicketEvent ticket = Tickets.created("printing", "p4", Instant.now());
    String ceId = UUID.randomUUID().toString();
    Kafka.publish(EventType.TICKET_CREATED, ticket.ticketId(), ticket, ceId);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> assignment(ticket.ticketId()).statusCode() == 200);

    Kafka.publish(EventType.TICKET_CREATED, ticket.ticketId(), ticket, ceId);
    TicketEvent marker = Tickets.changed(ticket, "printing", "in_progress", Instant.now());
    Kafka.publish(EventType.TICKET_STATUS_CHANGED, ticket.ticketId(), marker);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !Kafka.routingEvents(ticket.ticketId(), EventType.TICKET_ASSIGNED).isEmpty());

    assignment(ticket.ticketId()).then().body("history", hasSize(1));
    assertThat(Kafka.routingEvents(ticket.ticketId(), EventType.TICKET_ASSIGNED)).hasSize(1);
  }

  @Test
  void categoryChangeReroutesToTheMatchingGroup() {
    TicketEvent ticket = Tickets.created("printing", "p3", Instant.now());
    Tickets.publishCreated(ticket);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> assignment(ticket.ticketId()).statusCode() == 200);

    reclassify(ticket, "plotting/a0");

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> "plotting".equals(assignment(ticket.ticketId()).path("group")));
    assignment(ticket.ticketId())
        .then()
        .body("owner", equalTo("plotter-pia"))
        .body("history", hasSize(2))
        .body(
            "history[1].reason",
            equalTo("category changed from printing to plotting/a0 (rule plotting)"));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> !Kafka.routingEvents(ticket.ticketId(), EventType.TICKET_REASSIGNED).isEmpty());
  }

  @Test
  void categoryChangeWithinTheSameGroupTakesTheNewRulesRequiredSkills() {
    Admin.rule("printing-toner", "printing-toner", "printing", List.of("printer", "toner"));
    TicketEvent ticket = Tickets.created("printing/jam", "p3", Instant.now());
    Tickets.publishCreated(ticket);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> assignment(ticket.ticketId()).statusCode() == 200);

    reclassify(ticket, "printing-toner/empty");

    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                List.of("printer", "toner")
                    .equals(assignment(ticket.ticketId()).path("requiredSkills")));
    assignment(ticket.ticketId())
        .then()
        .body("group", equalTo("printing"))
        .body("owner", equalTo("printer-pat"))
        .body("history", hasSize(1));
  }

  @Test
  void demoRulesSendVpnTicketsToTheNetworkTeamWithItsSkills() {
    TicketEvent ticket = Tickets.created("network/vpn", "p3", Instant.now());
    Tickets.publishCreated(ticket);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> assignment(ticket.ticketId()).statusCode() == 200);

    assignment(ticket.ticketId())
        .then()
        .body("group", equalTo("network-team"))
        .body("owner", org.hamcrest.Matchers.oneOf("agent2", "agent3"))
        .body("requiredSkills", equalTo(List.of("network")));
  }

  @Test
  void assignmentIs404UntilRoutingHasSeenTheTicket() {
    given()
        .auth()
        .oauth2(TestTokens.agent("agent1"))
        .get("/api/v1/tickets/" + UUID.randomUUID() + "/assignment")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static void reclassify(TicketEvent ticket, String category) {
    Kafka.publish(
        EventType.TICKET_CLASSIFIED,
        ticket.ticketId(),
        Tickets.changed(ticket, category, "new", Instant.now()));
  }

  static Response assignment(UUID ticketId) {
    return given()
        .auth()
        .oauth2(TestTokens.agent("agent1"))
        .get("/api/v1/tickets/" + ticketId + "/assignment");
  }
}

package dev.switchboard.routing.swarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.routing.support.Admin;
import dev.switchboard.routing.support.Api;
import dev.switchboard.routing.support.Kafka;
import dev.switchboard.routing.support.Tickets;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SwarmTest {

  @Test
  void swarmBringsExpertsWhileTheOwnerStaysTheOwner() {
    Admin.group("swarm-desk", "load_balanced", null);
    Admin.group("swarm-kernel", "load_balanced", null);
    Admin.agent("swarm-owner", List.of("swarm-desk"), List.of(), 20);
    Admin.agent("swarm-expert", List.of("swarm-kernel"), List.of("kernel"), 20);
    Admin.agent("swarm-helper", List.of("swarm-kernel"), List.of(), 20);
    Admin.rule("swarm-desk", "swarm-desk", "swarm-desk", List.of());
    TicketEvent ticket = Tickets.created("swarm-desk/crash", "p3", Instant.now());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());
    String base = "/api/v1/tickets/" + ticket.ticketId();

    Api.post(
            "swarm-owner",
            base + "/swarm",
            Map.of("skills", List.of("kernel"), "agents", List.of()))
        .then()
        .statusCode(201)
        .body("owner", equalTo("swarm-owner"))
        .body("members.agent", containsInAnyOrder("swarm-owner", "swarm-expert"))
        .body("members.find { it.agent == 'swarm-owner' }.role", equalTo("owner"));
    Api.post("swarm-helper", base + "/swarm/join", null).then().statusCode(200);
    Api.post("swarm-owner", base + "/swarm/leave", null).then().statusCode(409);
    Api.post("swarm-helper", base + "/swarm/notes", Map.of("body", "checked the dump"))
        .then()
        .statusCode(201)
        .body("visibility", equalTo("internal"));
    Api.post("swarm-helper", base + "/swarm/leave", null).then().statusCode(200);

    Api.get("agent1", base + "/assignment")
        .then()
        .body("owner", equalTo("swarm-owner"))
        .body("swarm", hasSize(2));
    Api.post("swarm-owner", base + "/swarm/end", null).then().statusCode(200);
    Api.get("agent1", base + "/assignment")
        .then()
        .body("owner", equalTo("swarm-owner"))
        .body("group", equalTo("swarm-desk"))
        .body("swarm", hasSize(0));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !Kafka.routingEvents(ticket.ticketId(), EventType.SWARM_ENDED).isEmpty());
    for (EventType type :
        List.of(
            EventType.SWARM_STARTED,
            EventType.SWARM_JOINED,
            EventType.SWARM_LEFT,
            EventType.SWARM_ENDED)) {
      assertThat(Kafka.routingEvents(ticket.ticketId(), type)).as(type.name()).hasSize(1);
    }
    assertThat(Kafka.routingEvents(ticket.ticketId(), EventType.TICKET_REASSIGNED)).isEmpty();
  }

  @Test
  void reassignmentDuringASwarmHandsTheLeadToTheNewOwner() {
    Admin.group("swarm-desk", "load_balanced", null);
    Admin.group("swarm-kernel", "load_balanced", null);
    Admin.agent("swarm-owner", List.of("swarm-desk"), List.of(), 20);
    Admin.agent("swarm-expert", List.of("swarm-kernel"), List.of("kernel"), 20);
    Admin.agent("swarm-helper", List.of("swarm-kernel"), List.of(), 20);
    Admin.rule("swarm-desk", "swarm-desk", "swarm-desk", List.of());
    TicketEvent ticket = Tickets.created("swarm-desk/hang", "p3", Instant.now());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());
    String base = "/api/v1/tickets/" + ticket.ticketId();
    Api.post("swarm-owner", base + "/swarm", Map.of("agents", List.of("swarm-expert")))
        .then()
        .statusCode(201);

    Api.post(
            "swarm-owner",
            base + "/assignment",
            Map.of("owner", "swarm-helper", "group", "swarm-kernel", "reason", "owner on leave"))
        .then()
        .statusCode(200)
        .body("owner", equalTo("swarm-helper"))
        .body("swarm.find { it.agent == 'swarm-helper' }.role", equalTo("owner"))
        .body("swarm.find { it.agent == 'swarm-owner' }.role", equalTo("expert"))
        .body("history[1].reason", equalTo("owner on leave"));
  }

  @Test
  void swarmWithNobodyToInviteIsRefused() {
    TicketEvent ticket = Tickets.created("swarm-desk", "p3", Instant.now());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());

    Api.post(
            "agent1",
            "/api/v1/tickets/" + ticket.ticketId() + "/swarm",
            Map.of("skills", List.of("no-such-skill")))
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }
}

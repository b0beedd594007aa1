package dev.switchboard.routing.assignment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.localinfra.TestTokens;
import dev.switchboard.routing.support.Admin;
import dev.switchboard.routing.support.Tickets;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QueueGroupTest {

  @Test
  void queueGroupWaitsUntilAnAgentPullsTheTicket() {
    String group = "pull-" + UUID.randomUUID().toString().substring(0, 8);
    Admin.group(group, "queue", null);
    Admin.agent(group + "-agent", List.of(group), List.of(), 3);
    Admin.rule(group, group, group, List.of());
    TicketEvent ticket = Tickets.created(group, "p4", Instant.now());
    Tickets.publishCreated(ticket);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> FairDistributionTest.owner(ticket.ticketId()) == null && seen(ticket));
    given()
        .auth()
        .oauth2(TestTokens.agent("agent1"))
        .get("/api/v1/groups/" + group + "/queue")
        .then()
        .statusCode(200)
        .body("items.ticketId", hasItem(ticket.ticketId().toString()));

    given()
        .auth()
        .oauth2(TestTokens.agent("agent1"))
        .post("/api/v1/groups/" + group + "/queue/pull")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.agent(group + "-agent"))
        .post("/api/v1/groups/" + group + "/queue/pull")
        .then()
        .statusCode(200)
        .body("ticketId", equalTo(ticket.ticketId().toString()))
        .body("owner", equalTo(group + "-agent"))
        .body("history[1].reason", equalTo("pulled from the queue"));
    given()
        .auth()
        .oauth2(TestTokens.agent(group + "-agent"))
        .post("/api/v1/groups/" + group + "/queue/pull")
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(TestTokens.agent("agent1"))
        .get("/api/v1/tickets/" + ticket.ticketId() + "/assignment")
        .then()
        .body("history[0].owner", nullValue());
  }

  private static boolean seen(TicketEvent ticket) {
    return given()
            .auth()
            .oauth2(TestTokens.agent("agent1"))
            .get("/api/v1/tickets/" + ticket.ticketId() + "/assignment")
            .statusCode()
        == 200;
  }
}

package dev.switchboard.routing.swarm;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.localinfra.TestTokens;
import dev.switchboard.routing.support.Admin;
import dev.switchboard.routing.support.Api;
import dev.switchboard.routing.support.Tickets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SwarmNoteApiTest {

  @Test
  void swarmNoteWithTheSameIdempotencyKeyIsCreatedOnceAndADifferentBodyGets422() {
    String notes = swarmingTicket() + "/swarm/notes";
    String key = UUID.randomUUID().toString();

    String first = note(notes, key, "checked the dump").statusCode(201).extract().path("id");
    note(notes, key, "checked the dump")
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    note(notes, key, "something else").statusCode(422).contentType("application/problem+json");

    Api.get("nt-owner", notes).then().statusCode(200).body("items", hasSize(1));
  }

  @Test
  void swarmNotesAreAPageWithItemsPageSizeAndTotal() {
    String notes = swarmingTicket() + "/swarm/notes";
    for (int i = 0; i < 3; i++) {
      note(notes, null, "note " + i).statusCode(201);
    }

    Api.get("nt-owner", notes + "?page=1&size=2")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].body", equalTo("note 2"))
        .body("page", equalTo(1))
        .body("size", equalTo(2))
        .body("total", equalTo(3));
  }

  /** A ticket owned by nt-owner with a swarm running; returns its base path. */
  private static String swarmingTicket() {
    Admin.group("nt-desk", "load_balanced", null);
    Admin.agent("nt-owner", List.of("nt-desk"), List.of(), 100);
    Admin.agent("nt-expert", List.of("nt-desk"), List.of(), 100);
    Admin.rule("nt-desk", "nt-desk", "nt-desk", List.of());
    TicketEvent ticket = Tickets.created("nt-desk/crash", "p3", Instant.now());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());
    String base = "/api/v1/tickets/" + ticket.ticketId();
    String owner = Api.get("agent1", base + "/assignment").path("owner");
    String expert = "nt-owner".equals(owner) ? "nt-expert" : "nt-owner";
    Api.post(owner, base + "/swarm", Map.of("agents", List.of(expert))).then().statusCode(201);
    return base;
  }

  private static ValidatableResponse note(String path, String key, String body) {
    var request =
        RestAssured.given()
            .auth()
            .oauth2(TestTokens.agent("nt-owner"))
            .contentType(ContentType.JSON)
            .body(Map.of("body", body));
    return (key == null ? request : request.header("Idempotency-Key", key)).post(path).then();
  }
}

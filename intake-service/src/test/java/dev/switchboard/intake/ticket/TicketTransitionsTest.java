package dev.switchboard.intake.ticket;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.post;
import static dev.switchboard.intake.IntakeFixtures.transition;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketTransitionsTest {

  @Test
  void agentsMoveATicketThroughItsLifecycleAndEveryMoveIsAudited() {
    String id = open(Person.fresh());

    transition(id, "in_progress").then().statusCode(200).body("status", equalTo("in_progress"));
    transition(id, "pending").then().statusCode(200).body("status", equalTo("pending"));
    transition(id, "in_progress").then().statusCode(200);
    transition(id, "resolved")
        .then()
        .statusCode(200)
        .body("status", equalTo("resolved"))
        .body("resolution.code", equalTo("solved"));
    transition(id, "closed").then().statusCode(200).body("status", equalTo("closed"));

    JsonPath audit =
        given()
            .auth()
            .oauth2(AGENT)
            .get("/api/v1/tickets/" + id + "/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(audit.getList("action"))
        .contains(
            "created",
            "status:new->in_progress",
            "status:in_progress->pending",
            "status:resolved->closed");
    assertThat(audit.getList("actor")).contains("agent1");
    assertThat(audit.getList("via")).contains("portal", "api");
  }

  @Test
  void anIllegalTransitionIs409AndChangesNothing() {
    String id = open(Person.fresh());

    transition(id, "closed")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409));
    transition(id, "pending").then().statusCode(409);

    assertThat(IntakeFixtures.ticket(AGENT, id).getString("status")).isEqualTo("new");
  }

  @Test
  void resolvingWithoutAResolutionIs400() {
    String id = open(Person.fresh());
    post(AGENT, "/api/v1/tickets/" + id + "/transitions", Map.of("to", "resolved"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    assertThat(IntakeFixtures.ticket(AGENT, id).getString("status")).isEqualTo("new");
  }

  @Test
  void anUnknownTargetStatusIs400() {
    String id = open(Person.fresh());
    post(AGENT, "/api/v1/tickets/" + id + "/transitions", Map.of("to", "done"))
        .then()
        .statusCode(400);
  }

  @Test
  void customersMayNotMoveTickets() {
    Person ana = Person.fresh();
    String id = open(ana);
    post(ana.token(), "/api/v1/tickets/" + id + "/transitions", Map.of("to", "in_progress"))
        .then()
        .statusCode(403);
  }

  @Test
  void confirmingTheResolutionClosesTheTicket() {
    Person ana = Person.fresh();
    String id = open(ana);
    transition(id, "resolved").then().statusCode(200);

    post(ana.token(), "/api/v1/tickets/" + id + "/confirmation", Map.of("resolved", true))
        .then()
        .statusCode(200)
        .body("status", equalTo("closed"));
  }

  @Test
  void denyingTheResolutionReopensTheTicket() {
    Person ana = Person.fresh();
    String id = open(ana);
    transition(id, "resolved").then().statusCode(200);

    post(
            ana.token(),
            "/api/v1/tickets/" + id + "/confirmation",
            Map.of("resolved", false, "comment", "still broken"))
        .then()
        .statusCode(200)
        .body("status", equalTo("reopened"))
        .body("reopenedCount", equalTo(1));
  }

  @Test
  void confirmingATicketThatIsNotResolvedIs409() {
    Person ana = Person.fresh();
    String id = open(ana);
    post(ana.token(), "/api/v1/tickets/" + id + "/confirmation", Map.of("resolved", true))
        .then()
        .statusCode(409);
  }

  static String open(Person person) {
    return IntakeFixtures.portalContact(person, "Screen", "Screen stays black")
        .getString("ticket.id");
  }
}

package dev.switchboard.intake.ticket;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClassificationCorrectionTest {

  @Inject CorrectionSamples samples;

  @Test
  void anAgentsReclassificationIsRecordedForRetraining() {
    String id =
        IntakeFixtures.portalContact(Person.fresh(), "Access", "Please give me access to Jira")
            .getString("ticket.id");

    patch(id, Map.of("type", "service_request", "category", "access"))
        .then()
        .statusCode(200)
        .body("type", equalTo("service_request"))
        .body("category", equalTo("access"));

    List<ClassificationCorrection> corrections =
        QuarkusTransaction.requiringNew()
            .call(() -> ClassificationCorrection.list("ticketId", UUID.fromString(id)));
    assertThat(corrections)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.previousType).isEqualTo("incident");
              assertThat(c.correctedType).isEqualTo("service_request");
              assertThat(c.correctedCategory).isEqualTo("access");
              assertThat(c.description).isEqualTo("Please give me access to Jira");
              assertThat(c.correctedBy).isEqualTo("agent1");
            });
  }

  @Test
  void triageSetsImpactAndUrgencyAndRecomputesThePriority() {
    String id =
        given()
            .auth()
            .oauth2(Person.fresh().token())
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "channel", "portal", "description", "Server room is hot", "type", "incident"))
            .post("/api/v1/contacts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("ticket.id");

    patch(id, Map.of("impact", "high", "urgency", "high"))
        .then()
        .statusCode(200)
        .body("priority", equalTo("p1"))
        .body("signals", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("needs_triage")));
  }

  private static io.restassured.response.Response patch(String id, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(AGENT)
        .contentType(ContentType.JSON)
        .body(body)
        .patch("/api/v1/tickets/" + id);
  }
}

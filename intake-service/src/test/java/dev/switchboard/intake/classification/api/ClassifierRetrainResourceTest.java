package dev.switchboard.intake.classification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.switchboard.intake.classification.TicketClassifier;
import dev.switchboard.localinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClassifierRetrainResourceTest {

  private static final String PATH = "/api/v1/admin/classifier/retrain";

  @Inject TicketClassifier classifier;

  @Test
  void adminRetrainsFromAnExportAndCorrectionsAndTheNewModelAnswersAtOnce() {
    String export =
        "subject,description,type,category\n"
            + "Quillion kiosk,\"the quillion kiosk is broken, screen black\",incident,facilities\n"
            + "Quillion,quillion kiosk in the lobby does not respond,incident,facilities\n"
            + "quillion down,our quillion turnstile froze again,incident,facilities\n";

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("text/csv")
        .body(export)
        .post(PATH)
        .then()
        .statusCode(200)
        .body("uploadedSamples", equalTo(3))
        .body("seedSamples", greaterThan(400))
        .body("collectedSamples", greaterThanOrEqualTo(3))
        .body("trainedAt", notNullValue());

    assertThat(classifier.classify("quillion", "the quillion is broken").category())
        .isEqualTo("facilities");
    assertThat(classifier.classify(null, "my " + RecordedCorrectionsFixture.TAUGHT_WORD).category())
        .isEqualTo("security");
  }

  @Test
  void agentsMayNotRetrain() {
    given()
        .auth()
        .oauth2(TestTokens.agent("agent1"))
        .contentType("text/csv")
        .body("text,type\nprinter jammed,incident\n")
        .post(PATH)
        .then()
        .statusCode(403);
  }

  @Test
  void unusableExportIsABadRequestNamingTheLines() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("text/csv")
        .body("text,type,category\nprinter jammed,outage,hardware/printer\n,incident,email\n")
        .post(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.message",
            hasItem("line 2: type must be incident or service_request, not 'outage'"))
        .body("errors.message", hasItem("line 3: no text"));
  }
}

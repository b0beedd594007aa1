package dev.switchboard.metrics.survey;

import static dev.switchboard.localinfra.ProblemJson.assertInvalidField;
import static dev.switchboard.localinfra.ProblemJson.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bad input to {@code POST /api/v1/surveys/{token}}: a 4xx problem+json, never a 5xx, and the
 * single-use token is not spent, so the customer can still answer.
 */
@QuarkusTest
class BadSurveyAnswerTest {

  @Test
  void badAnswersAre400ProblemsAndLeaveTheTokenUnspent() {
    String token = SurveyTest.resolveAndTakeToken(UUID.randomUUID(), "portal");

    assertProblem(answer(token, "{\"rating\": "), 400).body("errors", nullValue());
    assertInvalidField(answer(token, "{\"rating\": \"excellent\"}"), "rating");
    assertInvalidField(answer(token, "{\"comment\": \"no rating\"}"), "rating");

    answer(token, "{\"rating\": 4}").then().statusCode(200).body("rating", is(4));
  }

  private static Response answer(String token, String json) {
    return given().contentType("application/json").body(json).post("/api/v1/surveys/" + token);
  }
}

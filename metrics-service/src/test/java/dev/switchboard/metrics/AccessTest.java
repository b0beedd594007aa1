package dev.switchboard.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import dev.switchboard.localinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessTest {

  @Test
  void experienceIsForSupervisorsAndAdminsOnly() {
    given().get("/api/v1/experience").then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.customer("ana"))
        .get("/api/v1/experience")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.agent("agent1"))
        .get("/api/v1/experience")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .get("/api/v1/experience")
        .then()
        .statusCode(200);
    given().auth().oauth2(TestTokens.admin()).get("/api/v1/experience").then().statusCode(200);
  }

  @Test
  void unknownGroupingOrRangeIs400WithTheField() {
    given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .queryParam("by", "weekday")
        .get("/api/v1/experience")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("by"));
    given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .queryParam("from", "2026-05-01")
        .queryParam("to", "2026-04-01")
        .get("/api/v1/experience")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("from"));
  }

  @Test
  void candidatesAreForStaffNotCustomers() {
    given()
        .auth()
        .oauth2(TestTokens.customer("ana"))
        .get("/api/v1/problem-candidates")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.customer("ana"))
        .get("/api/v1/automation-candidates")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.agent("agent1"))
        .get("/api/v1/problem-candidates")
        .then()
        .statusCode(200)
        .body("page", is(0));
    given()
        .auth()
        .oauth2(TestTokens.agent("agent1"))
        .get("/api/v1/automation-candidates")
        .then()
        .statusCode(200)
        .body("size", is(20));
  }

  @Test
  void surveyAnswersNeedNoLoginButHealthAndOpenApiStayOpenToo() {
    given()
        .contentType("application/json")
        .body("{\"rating\": 4}")
        .post("/api/v1/surveys/unknown")
        .then()
        .statusCode(404);
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200);
  }
}

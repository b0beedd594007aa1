package dev.switchboard.knowledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

  @Test
  void probesMetricsAndOpenApiNeedNoToken() {
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200);
    given()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/search"))
        .body(containsString("/api/v1/suggestions/{id}/accept"))
        .body(containsString("/api/v1/gap-report"));
  }

  @Test
  void everyKnowledgeApiNeedsAToken() {
    given().get("/api/v1/search?q=vpn").then().statusCode(401);
    given().get("/api/v1/articles").then().statusCode(401);
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/suggestions")
        .then()
        .statusCode(401);
  }
}

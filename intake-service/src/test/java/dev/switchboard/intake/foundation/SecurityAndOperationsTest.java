package dev.switchboard.intake.foundation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityAndOperationsTest {

  @Test
  void healthMetricsAndOpenApiNeedNoToken() {
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200).body(containsString("switchboard_outbox"));
    given().get("/q/openapi").then().statusCode(200);
  }

  @Test
  void apiWithoutTokenIs401() {
    given().get("/api/v1/tickets").then().statusCode(401);
  }

  @Test
  void apiWithForgedTokenIs401() {
    given()
        .auth()
        .oauth2("eyJhbGciOiJIUzI1NiJ9.e30.invalid")
        .get("/api/v1/tickets")
        .then()
        .statusCode(401);
  }
}

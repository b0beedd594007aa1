package dev.switchboard.routing.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract's 401: without a token or with an invalid one, answered as problem+json. */
@QuarkusTest
class UnauthenticatedRequestTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/agents",
        "/api/v1/tickets/00000000-0000-0000-0000-000000000001/assignment"
      })
  void requestWithoutATokenIs401ProblemJson(String path) {
    given()
        .get(path)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .contentType("application/problem+json")
        .body("status", equalTo(401))
        .body("title", equalTo("Unauthorized"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/agents",
        "/api/v1/tickets/00000000-0000-0000-0000-000000000001/assignment"
      })
  void requestWithAnInvalidTokenIs401ProblemJson(String path) {
    given()
        .auth()
        .oauth2("not.a.token")
        .get(path)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .contentType("application/problem+json")
        .body("status", equalTo(401));
  }
}

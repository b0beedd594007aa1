package dev.switchboard.routing.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.localinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract's {@code available} field on agent writes and reads. */
@QuarkusTest
class AgentAvailableFieldTest {

  @Test
  void availableFalseOnAnAgentWriteMakesTheAgentAwayAndIsReadBack() {
    String id = "avail-" + UUID.randomUUID().toString().substring(0, 8);

    put(id, Map.of("available", false))
        .statusCode(200)
        .body("available", equalTo(false))
        .body("availability", equalTo("away"));
    given()
        .auth()
        .oauth2(TestTokens.agent("agent1"))
        .get("/api/v1/agents/" + id)
        .then()
        .statusCode(200)
        .body("available", equalTo(false))
        .body("availability", equalTo("away"));

    put(id, Map.of("available", true))
        .statusCode(200)
        .body("available", equalTo(true))
        .body("availability", equalTo("available"));
  }

  @Test
  void availableFalseOnAgentCreateIsKept() {
    String id = "avail-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = agent(Map.of("id", id, "available", false));

    given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/agents")
        .then()
        .statusCode(201)
        .body("available", equalTo(false))
        .body("availability", equalTo("away"));
  }

  @Test
  void availableThatContradictsAvailabilityIs400AndChangesNothing() {
    String id = "avail-" + UUID.randomUUID().toString().substring(0, 8);
    put(id, Map.of("availability", "off_shift")).statusCode(200);

    put(id, Map.of("availability", "off_shift", "available", true))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("available"));
    put(id, Map.of("availability", "off_shift", "available", false))
        .statusCode(200)
        .body("availability", equalTo("off_shift"));
  }

  private static ValidatableResponse put(String id, Map<String, Object> extra) {
    return given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .contentType(ContentType.JSON)
        .body(agent(extra))
        .put("/api/v1/agents/" + id)
        .then();
  }

  private static Map<String, Object> agent(Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Availability");
    body.put("groups", List.of("service-desk"));
    body.put("skills", List.of("email"));
    body.put("capacity", 3);
    body.putAll(extra);
    return body;
  }
}

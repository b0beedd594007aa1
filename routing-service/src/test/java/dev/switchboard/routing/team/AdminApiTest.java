package dev.switchboard.routing.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.switchboard.localinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AdminApiTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/agents",
        "/api/v1/groups",
        "/api/v1/routing-rules",
        "/api/v1/sla-policies",
        "/api/v1/calendars",
        "/api/v1/tickets/00000000-0000-0000-0000-000000000001/assignment",
        "/api/v1/tickets/00000000-0000-0000-0000-000000000001/sla"
      })
  void customersGet403OnRoutingApis(String path) {
    given().auth().oauth2(TestTokens.customer("ana")).get(path).then().statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.agent("agent1"))
        .get(path)
        .then()
        .statusCode(path.contains("/tickets/") ? 404 : 200);
  }

  @Test
  void agentsReadTheConfigurationButOnlySupervisorsAndAdminsWriteIt() {
    Map<String, Object> group = Map.of("name", "Readers", "strategy", "round_robin");
    given()
        .auth()
        .oauth2(TestTokens.agent("agent1"))
        .contentType(ContentType.JSON)
        .body(group)
        .put("/api/v1/groups/readers")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.customer("ana"))
        .contentType(ContentType.JSON)
        .body(group)
        .put("/api/v1/groups/readers")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(group)
        .put("/api/v1/groups/readers")
        .then()
        .statusCode(200)
        .body("strategy", equalTo("round_robin"));
  }

  @Test
  void demoConfigurationIsApplied() {
    String agent = TestTokens.agent("agent2");
    given()
        .auth()
        .oauth2(agent)
        .get("/api/v1/groups/service-desk")
        .then()
        .statusCode(200)
        .body("agents", hasItems("agent1", "agent2"))
        .body("strategy", equalTo("load_balanced"));
    given()
        .auth()
        .oauth2(agent)
        .get("/api/v1/agents/agent3")
        .then()
        .statusCode(200)
        .body("groups", hasItems("network-team", "workplace"))
        .body("capacity", equalTo(10))
        .body("available", equalTo(true));
    given()
        .auth()
        .oauth2(agent)
        .get("/api/v1/sla-policies/p1")
        .then()
        .body("calendar", equalTo("24x7"))
        .body("firstResponse", equalTo("PT30M"))
        .body("resolution", equalTo("PT4H"));
    given()
        .auth()
        .oauth2(agent)
        .get("/api/v1/calendars/business-hours")
        .then()
        .body("timeZone", equalTo("Europe/Berlin"))
        .body("week.monday", equalTo(List.of("08:00-18:00")))
        .body("holidays", hasItem("2026-12-25"));
    given()
        .auth()
        .oauth2(agent)
        .queryParam("size", 200)
        .get("/api/v1/routing-rules")
        .then()
        .body("items.id", hasItems("network", "hardware", "access", "email", "default"));
  }

  @Test
  void badInputIs400ProblemJsonAndStoresNothing() {
    String admin = TestTokens.admin();
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("id", "bad-agent", "name", "Bad", "capacity", 0))
        .post("/api/v1/agents")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(containsString("capacity")));
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("id", "bad-group", "name", "Bad", "strategy", "random"))
        .post("/api/v1/groups")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("strategy"))
        .body("errors[0].message", containsString("load_balanced"));
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "id", "bad-calendar",
                "name", "Bad",
                "timeZone", "Europe/Berlin",
                "week", Map.of("monday", List.of("18:00-08:00"))))
        .post("/api/v1/calendars")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("week"));
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "id", "bad-policy",
                "name", "Bad",
                "priority", "p3",
                "firstResponse", "four hours",
                "resolution", "PT8H",
                "calendar", "business-hours"))
        .post("/api/v1/sla-policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("firstResponse"));
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body("{\"name\": ")
        .post("/api/v1/routing-rules")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().auth().oauth2(admin).get("/api/v1/agents/bad-agent").then().statusCode(404);
    given().auth().oauth2(admin).get("/api/v1/calendars/bad-calendar").then().statusCode(404);
  }

  @Test
  void createWithTheSameIdempotencyKeyCreatesOnce() {
    String id = "idem-" + UUID.randomUUID().toString().substring(0, 8);
    String key = UUID.randomUUID().toString();
    for (int i = 0; i < 2; i++) {
      given()
          .auth()
          .oauth2(TestTokens.supervisor("sam"))
          .header("Idempotency-Key", key)
          .contentType(ContentType.JSON)
          .body(Map.of("id", id, "name", "Idempotent"))
          .post("/api/v1/groups")
          .then()
          .statusCode(201)
          .body("id", equalTo(id));
    }
    given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("id", id, "name", "Something else"))
        .post("/api/v1/groups")
        .then()
        .statusCode(422);
    given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .contentType(ContentType.JSON)
        .body(Map.of("id", id, "name", "Again"))
        .post("/api/v1/groups")
        .then()
        .statusCode(409);
  }
}

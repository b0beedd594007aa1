package dev.switchboard.routing.support;

import static io.restassured.RestAssured.given;

import dev.switchboard.localinfra.TestTokens;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sets up groups, agents and rules through the administration API, as a supervisor would. */
public final class Admin {

  private Admin() {}

  public static void group(String id, String strategy, String escalationGroup) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", id);
    body.put("strategy", strategy);
    body.put("supervisor", "sam");
    body.put("escalationGroup", escalationGroup);
    put("/api/v1/groups/" + id, body);
  }

  public static void agent(String id, List<String> groups, List<String> skills, int capacity) {
    put(
        "/api/v1/agents/" + id,
        Map.of("name", id, "groups", groups, "skills", skills, "capacity", capacity));
  }

  /** A rule at the top of the list sending a category prefix to a group. */
  public static void rule(String id, String categoryPrefix, String group, List<String> skills) {
    put(
        "/api/v1/routing-rules/" + id,
        Map.of(
            "name", id,
            "position", 0,
            "match", Map.of("categoryPrefix", categoryPrefix),
            "targetGroup", group,
            "requiredSkills", skills));
  }

  private static void put(String path, Map<String, Object> body) {
    given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .contentType(ContentType.JSON)
        .body(body)
        .put(path)
        .then()
        .statusCode(200);
  }
}

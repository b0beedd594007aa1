package dev.switchboard.routing.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.switchboard.localinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Input that used to reach the arithmetic as nulls or impossible targets: 400, nothing stored. */
@QuarkusTest
class AdminBadInputTest {

  private static final List<String> ALL_DAY = List.of("00:00-24:00");

  @Test
  void nullDayOrHolidayInACalendarIs400AndChangesNothing() {
    String id = "nulls-" + UUID.randomUUID().toString().substring(0, 8);
    put("/api/v1/calendars/" + id, calendar(Map.of("monday", ALL_DAY), List.of("2026-12-25")))
        .statusCode(200);

    Map<String, List<String>> nullDay = new HashMap<>();
    nullDay.put("monday", null);
    put("/api/v1/calendars/" + id, calendar(nullDay, List.of()))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("week"));
    put("/api/v1/calendars/" + id, calendar(Map.of("monday", Arrays.asList((String) null)), null))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("week"));
    put(
            "/api/v1/calendars/" + id,
            calendar(Map.of("friday", ALL_DAY), Arrays.asList((String) null)))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("holidays"));
    post("/api/v1/calendars", withId(id + "-new", calendar(nullDay, null))).statusCode(400);

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/calendars/" + id)
        .then()
        .statusCode(200)
        .body("week.monday", equalTo(ALL_DAY))
        .body("holidays", equalTo(List.of("2026-12-25")));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/calendars/" + id + "-new")
        .then()
        .statusCode(404);
  }

  @Test
  void nullPriorityInARoutingRuleIs400AndStoresNothing() {
    String id = "nullprio-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> match = new HashMap<>();
    match.put("priorities", Arrays.asList("p1", null));

    put(
            "/api/v1/routing-rules/" + id,
            Map.of("name", id, "position", 900, "match", match, "targetGroup", "service-desk"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("match.priorities"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/routing-rules/" + id)
        .then()
        .statusCode(404);
  }

  @Test
  void slaTargetLongerThanTheCalendarGivesInAYearIs400AndStoresNothing() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String hourAWeek = "hour-a-week-" + suffix;
    put("/api/v1/calendars/" + hourAWeek, calendar(Map.of("monday", List.of("08:00-09:00")), null))
        .statusCode(200);

    put("/api/v1/sla-policies/zz-long-" + suffix, policy("PT1H", "PT100H", hourAWeek))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", equalTo(List.of("resolution")));
    put("/api/v1/sla-policies/zz-long-" + suffix, policy("P400D", "P999999999D", "24x7"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("firstResponse", "resolution"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/sla-policies/zz-long-" + suffix)
        .then()
        .statusCode(404);
  }

  @Test
  void calendarChangeThatLeavesAPolicyTargetUnreachableIs400AndChangesNothing() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String calendar = "shrinking-" + suffix;
    Map<String, List<String>> weekdays =
        Map.of("monday", ALL_DAY, "tuesday", ALL_DAY, "wednesday", ALL_DAY);
    put("/api/v1/calendars/" + calendar, calendar(weekdays, null)).statusCode(200);
    // priority p4 with no type and an id after the demo's "p4": never chosen for a ticket
    put("/api/v1/sla-policies/zz-reach-" + suffix, policy("PT8H", "PT200H", calendar))
        .statusCode(200);

    put("/api/v1/calendars/" + calendar, calendar(Map.of("monday", List.of("08:00-09:00")), null))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("week"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/calendars/" + calendar)
        .then()
        .body("week.tuesday", equalTo(ALL_DAY));
  }

  private static Map<String, Object> calendar(
      Map<String, List<String>> week, List<String> holidays) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Bad input");
    body.put("timeZone", "Europe/Berlin");
    body.put("week", week);
    body.put("holidays", holidays);
    return body;
  }

  private static Map<String, Object> policy(
      String firstResponse, String resolution, String calendar) {
    return Map.of(
        "name", "Long targets",
        "priority", "p4",
        "firstResponse", firstResponse,
        "resolution", resolution,
        "calendar", calendar);
  }

  private static Map<String, Object> withId(String id, Map<String, Object> body) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put("id", id);
    return copy;
  }

  private static ValidatableResponse put(String path, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .put(path)
        .then();
  }

  private static ValidatableResponse post(String path, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then();
  }
}

package dev.switchboard.routing.support;

import static io.restassured.RestAssured.given;

import dev.switchboard.localinfra.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/** SLA set-up for tests: a round-the-clock UTC calendar and a p5 incident policy on it. */
public final class Sla {

  public static final String CALENDAR = "test-24x7-utc";
  public static final String POLICY = "test-p5-incident";

  private Sla() {}

  /** First response PT1H and resolution PT10H of round-the-clock time, warning at 75%. */
  public static void p5IncidentPolicy(String warningEscalation) {
    put(
        "/api/v1/calendars/" + CALENDAR,
        Map.of(
            "name",
            "always (UTC)",
            "timeZone",
            "UTC",
            "week",
            Map.of(
                "monday", java.util.List.of("00:00-24:00"),
                "tuesday", java.util.List.of("00:00-24:00"),
                "wednesday", java.util.List.of("00:00-24:00"),
                "thursday", java.util.List.of("00:00-24:00"),
                "friday", java.util.List.of("00:00-24:00"),
                "saturday", java.util.List.of("00:00-24:00"),
                "sunday", java.util.List.of("00:00-24:00"))));
    put(
        "/api/v1/sla-policies/" + POLICY,
        Map.of(
            "name", "P5 incidents in tests",
            "priority", "p5",
            "ticketType", "incident",
            "firstResponse", "PT1H",
            "resolution", "PT10H",
            "calendar", CALENDAR,
            "warningShare", 0.75,
            "warningEscalation", warningEscalation));
  }

  /** Waits until the ticket's clock of this kind is in this state. */
  public static void awaitClockState(UUID ticketId, String kind, String state) {
    String sla = "/api/v1/tickets/" + ticketId + "/sla";
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                state.equals(
                    Api.get("agent1", sla)
                        .path("clocks.find { it.kind == '" + kind + "' }.state")));
  }

  private static void put(String path, Map<String, Object> body) {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .put(path)
        .then()
        .statusCode(200);
  }
}

package dev.switchboard.routing.support;

import static io.restassured.RestAssured.given;

import dev.switchboard.localinfra.TestTokens;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/** SLA set-up for tests: a round-the-clock UTC calendar and a p5 incident policy on it. */
public final class Sla {

  public static final String CALENDAR = "test-24x7-utc";
  public static final String POLICY = "test-p5-incident";
  public static final String OFFICE_HOURS = "test-office-hours-utc";

  private Sla() {}

  /** First response PT1H and resolution PT10H of round-the-clock time, warning at 75%. */
  public static void p5IncidentPolicy(String warningEscalation) {
    calendar(CALENDAR, "always (UTC)", "00:00-24:00", DayOfWeek.values());
    p5IncidentPolicy("PT1H", "PT10H", CALENDAR, warningEscalation);
  }

  /**
   * The same p5 incident policy with first response PT4H and resolution PT16H on a Monday-to-Friday
   * 09:00-17:00 UTC calendar, no warning escalation.
   */
  public static void officeHoursP5IncidentPolicy() {
    calendar(
        OFFICE_HOURS,
        "office hours (UTC)",
        "09:00-17:00",
        Arrays.copyOfRange(DayOfWeek.values(), 0, 5));
    p5IncidentPolicy("PT4H", "PT16H", OFFICE_HOURS, "none");
  }

  /** A UTC calendar open these hours on these days. */
  private static void calendar(String id, String name, String hours, DayOfWeek... days) {
    Map<String, List<String>> week =
        Arrays.stream(days)
            .collect(
                Collectors.toMap(
                    day -> day.name().toLowerCase(Locale.ROOT), day -> List.of(hours)));
    put("/api/v1/calendars/" + id, Map.of("name", name, "timeZone", "UTC", "week", week));
  }

  private static void p5IncidentPolicy(
      String firstResponse, String resolution, String calendar, String warningEscalation) {
    put(
        "/api/v1/sla-policies/" + POLICY,
        Map.of(
            "name",
            "P5 incidents in tests",
            "priority",
            "p5",
            "ticketType",
            "incident",
            "firstResponse",
            firstResponse,
            "resolution",
            resolution,
            "calendar",
            calendar,
            "warningShare",
            0.75,
            "warningEscalation",
            warningEscalation));
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

package dev.switchboard.metrics.projection;

import static dev.switchboard.metrics.TestEvents.interaction;
import static dev.switchboard.metrics.TestEvents.resolved;
import static dev.switchboard.metrics.TestEvents.routing;
import static dev.switchboard.metrics.TestEvents.send;
import static dev.switchboard.metrics.TestEvents.sla;
import static dev.switchboard.metrics.TestEvents.ticket;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.localinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** This class owns 2024-02-20 (events) and 2019-05-05 (imported history). */
@QuarkusTest
class ProjectionRebuildTest {

  private static final String DAY = "2024-02-20";
  private static final String HISTORY_DAY = "2019-05-05";

  private static String experience(String day, String by) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .queryParam("from", day)
        .queryParam("to", day)
        .queryParam("by", by)
        .get("/api/v1/experience")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static void publishTickets() {
    for (int i = 0; i < 4; i++) {
      UUID id = UUID.randomUUID();
      Instant created = Instant.parse(DAY + "T0" + (i + 1) + ":00:00Z");
      TicketEvent ticket =
          ticket(id, "incident", "printing", i % 2 == 0 ? "phone" : "portal", null, created);
      send(EventType.TICKET_CREATED, id, ticket);
      send(
          EventType.INTERACTION_RECORDED,
          id,
          interaction(id, ticket.channel(), "inbound", "contact", "customer", 0, created));
      send(
          EventType.INTERACTION_RECORDED,
          id,
          interaction(
              id,
              ticket.channel(),
              "outbound",
              "reply",
              "agent",
              60L * (i + 1),
              created.plusSeconds(600L * (i + 1))));
      send(EventType.TICKET_ASSIGNED, id, routing(id, "desk-" + (i % 2), created));
      if (i < 3) {
        send(
            EventType.TICKET_RESOLVED,
            id,
            resolved(ticket, "fixed", created.plusSeconds(3600L * (i + 1))));
        if (i == 0) {
          send(EventType.SLA_BREACHED, id, routing(id, "desk-0", created));
        } else {
          send(EventType.SLA_MET, id, sla(id, "first_response", created));
          send(EventType.SLA_MET, id, sla(id, "resolution", created));
        }
      }
    }
  }

  private static void importHistory() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("text/csv")
        .body(
            "number,incident_state,reassignment_count,reopen_count,made_sla,opened_at,resolved_at,"
                + "closed_at,contact_type\n"
                + "INC-R1,Closed,0,0,TRUE,05-05-2019 08:00,05-05-2019 09:30,05-05-2019 10:00,Email\n"
                + "INC-R2,Closed,2,1,FALSE,05-05-2019 08:30,05-05-2019 12:00,05-05-2019 13:00,Phone\n")
        .post("/api/v1/admin/imports/servicenow")
        .then()
        .statusCode(200);
  }

  @Test
  void rebuildFromScratchGivesIdenticalNumbers() {
    publishTickets();
    importHistory();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              JsonPath report = JsonPath.from(experience(DAY, "channel"));
              return report.getInt("total.tickets") == 4
                  && report.getInt("total.resolved") == 3
                  && report.getInt("total.slaMeasured") == 3
                  && report.getInt("total.contacts") == 4
                  && report.get("total.averageHandleMinutes") != null
                  && report.getDouble("total.averageHandleMinutes") == 2.5;
            });
    String byChannel = experience(DAY, "channel");
    String byGroup = experience(DAY, "group");
    String history = experience(HISTORY_DAY, "channel");
    assertThat(JsonPath.from(history).getInt("total.tickets")).isEqualTo(2);

    JsonPath result =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .post("/api/v1/admin/projections/rebuild")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(result.getLong("eventsRead"))
        .isGreaterThanOrEqualTo(result.getLong("eventsApplied"));
    assertThat(result.getLong("eventsApplied")).isGreaterThan(20);
    assertThat(experience(DAY, "channel")).isEqualTo(byChannel);
    assertThat(experience(DAY, "group")).isEqualTo(byGroup);
    assertThat(experience(HISTORY_DAY, "channel")).isEqualTo(history);
  }

  @Test
  void onlyAdminsMayRebuild() {
    given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .post("/api/v1/admin/projections/rebuild")
        .then()
        .statusCode(403);
  }
}

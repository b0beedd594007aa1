package dev.switchboard.metrics.experience;

import static dev.switchboard.metrics.TestEvents.resolved;
import static dev.switchboard.metrics.TestEvents.send;
import static dev.switchboard.metrics.TestEvents.slaStopped;
import static dev.switchboard.metrics.TestEvents.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.metrics.ExperienceApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Routing's sla-stopped events give the business-time medians (this class owns 2024-04-09). */
@QuarkusTest
class BusinessTimeTest {

  private static final String DAY = "2024-04-09";

  private static Instant at(String time) {
    return Instant.parse(DAY + "T" + time + ":00Z");
  }

  /** A resolved ticket whose clocks stopped after these business seconds (null: no SLA). */
  private static void ticketWithClocks(
      String channel, Long firstResponseSeconds, long... resolutionStops) {
    UUID id = UUID.randomUUID();
    TicketEvent opened = ticket(id, "incident", "network", channel, UUID.randomUUID(), at("08:00"));
    send(EventType.TICKET_CREATED, id, opened);
    if (firstResponseSeconds != null) {
      send(
          EventType.SLA_STOPPED,
          id,
          slaStopped(id, "first_response", firstResponseSeconds, at("09:00")));
    }
    for (long seconds : resolutionStops) {
      send(EventType.SLA_STOPPED, id, slaStopped(id, "resolution", seconds, at("17:00")));
    }
    send(EventType.TICKET_RESOLVED, id, resolved(opened, "fixed", at("17:00")));
  }

  private static JsonPath report() {
    return ExperienceApi.experience(DAY, DAY, "channel");
  }

  @Test
  void stoppedClocksGiveBusinessMediansAndP90sWithTheLatestStopWinning() {
    ticketWithClocks("email", 600L, 3600);
    ticketWithClocks("email", 1200L, 7200);
    // reopened and resolved again: its resolution clock stopped twice, the second total counts
    ticketWithClocks("email", 3000L, 1800, 36000);
    // no SLA policy: no clock, so no business time, but still a resolved ticket
    ticketWithClocks("phone", null);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              JsonPath report = report();
              String p90 = "total.p90ResolutionBusinessMinutes";
              return report.getInt("total.resolved") == 4
                  && report.get(p90) != null
                  && report.getDouble(p90) == 504.0;
            });
    JsonPath report = report();

    // percentile_cont over 10, 20, 50 and 60, 120, 600 minutes
    assertThat(report.getDouble("total.medianFirstResponseBusinessMinutes")).isEqualTo(20.0);
    assertThat(report.getDouble("total.p90FirstResponseBusinessMinutes")).isEqualTo(44.0);
    assertThat(report.getDouble("total.medianResolutionBusinessMinutes")).isEqualTo(120.0);
    assertThat(report.getDouble("total.p90ResolutionBusinessMinutes")).isEqualTo(504.0);
    String email = "groups.find { it.key == 'email' }.";
    assertThat(report.getDouble(email + "medianResolutionBusinessMinutes")).isEqualTo(120.0);
    String phone = "groups.find { it.key == 'phone' }.";
    assertThat(report.getInt(phone + "resolved")).isEqualTo(1);
    assertThat((Object) report.get(phone + "medianResolutionBusinessMinutes")).isNull();
    assertThat((Object) report.get(phone + "medianFirstResponseBusinessMinutes")).isNull();
    // calendar time stays what it was: opened 08:00, resolved 17:00
    assertThat(report.getDouble("total.medianResolutionMinutes")).isEqualTo(540.0);
  }
}

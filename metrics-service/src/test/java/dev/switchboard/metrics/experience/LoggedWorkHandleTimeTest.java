package dev.switchboard.metrics.experience;

import static dev.switchboard.metrics.TestEvents.send;
import static dev.switchboard.metrics.TestEvents.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.interaction.InteractionEvent;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.metrics.ExperienceApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The work agents log in intake ({@code timeSpentMinutes}) as it arrives here: {@code
 * handleSeconds} on a public reply and on the internal work note of a status move (this class owns
 * 2024-04-16).
 */
@QuarkusTest
class LoggedWorkHandleTimeTest {

  private static final String DAY = "2024-04-16";

  private static Instant at(String time) {
    return Instant.parse(DAY + "T" + time + ":00Z");
  }

  @Test
  void workLoggedOnAReplyAndOnAnInternalWorkNoteIsTheAverageHandleTime() {
    UUID id = UUID.randomUUID();
    TicketEvent opened = ticket(id, "incident", "network", "portal", null, at("09:00"));
    send(EventType.TICKET_CREATED, id, opened);
    // the work note of a move logging 25 minutes: internal, before any answer to the customer
    send(
        EventType.INTERACTION_RECORDED,
        id,
        event(opened, "outbound", "internal", "note", "agent", 25 * 60, "09:10"));
    // the agent's reply logging 15 minutes, and the desk's notice that logs none
    send(
        EventType.INTERACTION_RECORDED,
        id,
        event(opened, "outbound", "public", "reply", "agent", 15 * 60, "09:30"));
    send(
        EventType.INTERACTION_RECORDED,
        id,
        event(opened, "outbound", "public", "notification", "system", 0, "09:31"));

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              JsonPath report = report();
              return report.get("total.averageHandleMinutes") != null
                  && report.get("total.medianFirstResponseMinutes") != null
                  && Math.abs(report.getDouble("total.averageHandleMinutes") - 20.0) < 1e-6;
            });
    JsonPath report = report();
    // (25 + 15) / 2: the interactions without logged work count in neither part
    assertThat(report.getDouble("total.averageHandleMinutes")).isCloseTo(20.0, within(0.001));
    assertThat(report.getDouble("groups.find { it.key == 'portal' }.averageHandleMinutes"))
        .isCloseTo(20.0, within(0.001));
    // the internal work note is handle time, never the first response to the customer
    assertThat(report.getDouble("total.medianFirstResponseMinutes")).isCloseTo(30.0, within(0.001));
  }

  private static InteractionEvent event(
      TicketEvent ticket,
      String direction,
      String visibility,
      String kind,
      String authorRole,
      long handleSeconds,
      String time) {
    return new InteractionEvent(
        UUID.randomUUID(),
        ticket.ticketId(),
        ticket.number(),
        ticket.customerId(),
        "portal",
        direction,
        visibility,
        kind,
        "agent".equals(authorRole) ? "agent1" : authorRole,
        authorRole,
        handleSeconds,
        at(time));
  }

  private static JsonPath report() {
    return ExperienceApi.experience(DAY, DAY, "channel");
  }
}

package dev.switchboard.metrics.experience;

import static dev.switchboard.metrics.TestEvents.interaction;
import static dev.switchboard.metrics.TestEvents.resolved;
import static dev.switchboard.metrics.TestEvents.send;
import static dev.switchboard.metrics.TestEvents.ticket;
import static org.assertj.core.api.Assertions.assertThat;
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

/** A courtesy "thanks" after resolution, as intake emits it (this class owns 2024-03-12). */
@QuarkusTest
class CourtesyReplyTest {

  private static final String DAY = "2024-03-12";

  private static Instant at(String time) {
    return Instant.parse(DAY + "T" + time + ":00Z");
  }

  private static JsonPath report() {
    return ExperienceApi.experience(DAY, DAY, "channel");
  }

  @Test
  void courtesyReplyIsAContactButNeverAReopen() {
    UUID id = UUID.randomUUID();
    UUID customer = UUID.randomUUID();
    TicketEvent opened = ticket(id, "incident", "email", "email", customer, at("09:00"));
    send(EventType.TICKET_CREATED, id, opened);
    send(
        EventType.INTERACTION_RECORDED,
        id,
        interaction(id, "email", "inbound", "contact", "customer", 0, at("09:00")));
    send(EventType.TICKET_RESOLVED, id, resolved(opened, "fixed", at("10:00")));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              JsonPath report = report();
              return report.getInt("total.resolved") == 1 && report.getInt("total.contacts") == 1;
            });
    JsonPath before = report();
    assertThat(before.getDouble("total.reopenRate")).isEqualTo(0.0);
    assertThat(before.getDouble("total.firstContactResolutionRate")).isEqualTo(1.0);

    // what intake's ContactIntakeService records for "Thanks, that worked!" on a resolved ticket:
    // one inbound public interaction of kind courtesy, and no ticket event (no reopen, no status)
    send(
        EventType.INTERACTION_RECORDED,
        id,
        new InteractionEvent(
            UUID.randomUUID(),
            id,
            opened.number(),
            customer,
            "email",
            "inbound",
            "public",
            "courtesy",
            "Ana",
            "customer",
            0,
            at("11:30")));

    await().atMost(Duration.ofSeconds(60)).until(() -> report().getInt("total.contacts") == 2);
    JsonPath after = report();
    assertThat(after.getInt("groups.find { it.key == 'email' }.contacts")).isEqualTo(2);
    assertThat(after.getInt("total.resolved")).isEqualTo(1);
    assertThat(after.getInt("total.reopened")).isZero();
    assertThat(after.getDouble("total.reopenRate")).isEqualTo(before.getDouble("total.reopenRate"));
    assertThat(after.getDouble("total.firstContactResolutionRate")).isEqualTo(1.0);
  }
}

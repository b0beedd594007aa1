package dev.switchboard.metrics.experience;

import static dev.switchboard.metrics.TestEvents.interaction;
import static dev.switchboard.metrics.TestEvents.resolved;
import static dev.switchboard.metrics.TestEvents.routing;
import static dev.switchboard.metrics.TestEvents.send;
import static dev.switchboard.metrics.TestEvents.sla;
import static dev.switchboard.metrics.TestEvents.ticket;
import static dev.switchboard.metrics.TestEvents.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.metrics.ExperienceApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events of three tickets on one day in, measures out (this class owns 2024-01-10). */
@QuarkusTest
class ExperienceFromEventsTest {

  static final String DAY = "2024-01-10";

  private static boolean published;

  static Instant at(String time) {
    return Instant.parse(DAY + "T" + time + ":00Z");
  }

  /**
   * A: email incident, answered in 30 min, resolved first time. B: chat request, reassigned,
   * resolved and reopened, SLA breached. C: email incident still open. A courtesy thank-you.
   */
  @BeforeAll
  static void publishOnce() {
    if (published) {
      return;
    }
    published = true;
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    UUID c = UUID.randomUUID();
    TicketEvent ticketA = ticket(a, "incident", "network", "email", null, at("09:00"));
    TicketEvent ticketB = ticket(b, "service_request", "access", "chat", null, at("10:00"));
    TicketEvent ticketC = ticket(c, "incident", "network", "email", null, at("11:00"));

    String createdA = send(EventType.TICKET_CREATED, a, ticketA);
    send(EventType.TICKET_CREATED, a, ticketA, createdA); // redelivered
    send(
        EventType.INTERACTION_RECORDED,
        a,
        interaction(a, "email", "inbound", "contact", "customer", 0, at("09:00")));
    send(
        EventType.INTERACTION_RECORDED,
        a,
        interaction(a, "email", "outbound", "reply", "agent", 300, at("09:30")));
    send(EventType.TICKET_ASSIGNED, a, routing(a, "service-desk", at("09:01")));
    send(EventType.TICKET_RESOLVED, a, resolved(ticketA, "fixed", at("11:00")));
    send(EventType.SLA_MET, a, sla(a, "first_response", at("09:30")));
    send(EventType.SLA_MET, a, sla(a, "resolution", at("11:00")));
    send(
        EventType.INTERACTION_RECORDED,
        a,
        interaction(a, "email", "inbound", "courtesy", "customer", 0, at("11:30")));

    send(EventType.TICKET_CREATED, b, ticketB);
    send(
        EventType.INTERACTION_RECORDED,
        b,
        interaction(b, "chat", "inbound", "contact", "customer", 0, at("10:00")));
    send(
        EventType.INTERACTION_RECORDED,
        b,
        interaction(b, "chat", "outbound", "reply", "agent", 120, at("10:10")));
    send(EventType.TICKET_REASSIGNED, b, routing(b, "identity", at("10:20")));
    send(EventType.TICKET_RESOLVED, b, resolved(ticketB, "fixed", at("12:00")));
    String reopenedB =
        send(EventType.TICKET_REOPENED, b, withStatus(ticketB, "reopened", 1, at("13:00")));
    send(EventType.TICKET_REOPENED, b, withStatus(ticketB, "reopened", 1, at("13:00")), reopenedB);
    send(EventType.SLA_BREACHED, b, routing(b, "identity", at("13:00")));

    send(EventType.TICKET_CREATED, c, ticketC);
    send(
        EventType.INTERACTION_RECORDED,
        c,
        interaction(c, "email", "inbound", "contact", "customer", 0, at("11:00")));
  }

  static JsonPath experience(String by) {
    return ExperienceApi.experience(DAY, DAY, by);
  }

  private static boolean near(JsonPath report, String path, double expected) {
    return report.get(path) instanceof Number value
        && Math.abs(value.doubleValue() - expected) < 1e-6;
  }

  /** Waits until all events of the three tickets are projected (topics are consumed apart). */
  static JsonPath settled() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              JsonPath report = experience("channel");
              return report.getInt("total.tickets") == 3
                  && report.getInt("total.contacts") == 4
                  && report.getInt("total.reopened") == 1
                  && report.getInt("total.slaMeasured") == 2
                  && report.getInt("total.resolved") == 2
                  && report.getInt("total.firstContactResolved") == 1
                  && near(report, "total.averageHandleMinutes", 3.5)
                  && near(report, "total.medianFirstResponseMinutes", 20.0)
                  && near(report, "total.medianResolutionMinutes", 120.0);
            });
    return experience("channel");
  }

  @Test
  void totalsFollowTheDefinitionsAndRedeliveriesCountOnce() {
    JsonPath report = settled();
    assertThat(report.getInt("total.tickets")).isEqualTo(3);
    assertThat(report.getInt("total.contacts")).isEqualTo(4);
    assertThat(report.getInt("total.resolved")).isEqualTo(2);
    assertThat(report.getDouble("total.firstContactResolutionRate")).isEqualTo(0.5);
    assertThat(report.getDouble("total.reopenRate")).isEqualTo(0.5);
    assertThat(report.getDouble("total.slaCompliance")).isEqualTo(0.5);
    assertThat(report.getDouble("total.medianFirstResponseMinutes")).isCloseTo(20.0, within(0.01));
    assertThat(report.getDouble("total.p90FirstResponseMinutes")).isCloseTo(28.0, within(0.01));
    // B was reopened and is not resolved any more: only A's 120 minutes count
    assertThat(report.getDouble("total.medianResolutionMinutes")).isCloseTo(120.0, within(0.01));
    assertThat(report.getDouble("total.averageHandleMinutes")).isCloseTo(3.5, within(0.001));
  }

  @Test
  void groupsSplitByChannelTypeAndGroup() {
    settled();
    JsonPath byChannel = experience("channel");
    assertThat(byChannel.getList("groups.key")).containsExactly("chat", "email");
    assertThat(byChannel.getInt("groups.find { it.key == 'chat' }.tickets")).isEqualTo(1);
    assertThat(byChannel.getDouble("groups.find { it.key == 'chat' }.reopenRate")).isEqualTo(1.0);

    JsonPath byType = experience("type");
    assertThat(byType.getInt("groups.find { it.key == 'incident' }.tickets")).isEqualTo(2);
    assertThat(byType.getInt("groups.find { it.key == 'service_request' }.tickets")).isEqualTo(1);

    JsonPath byGroup = experience("group");
    assertThat(byGroup.getList("groups.key"))
        .containsExactly("identity", "service-desk", "unassigned");
  }

  @Test
  void csatShapeIsPresentWithoutAnswers() {
    JsonPath report = settled();
    assertThat(report.getInt("total.csat.responses")).isZero();
    assertThat((Object) report.get("total.csat.score")).isNull();
  }
}

package dev.switchboard.metrics.experience;

import static dev.switchboard.metrics.TestEvents.routing;
import static dev.switchboard.metrics.TestEvents.send;
import static dev.switchboard.metrics.TestEvents.sla;
import static dev.switchboard.metrics.TestEvents.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.EventType;
import dev.switchboard.metrics.ExperienceApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A ticket's SLA is met only when every clock is (this class owns 2024-03-05). */
@QuarkusTest
class SlaComplianceTest {

  private static final String DAY = "2024-03-05";

  private static Instant at(String time) {
    return Instant.parse(DAY + "T" + time + ":00Z");
  }

  /**
   * One ticket per outcome. Its routing events go to one partition in order, so once the final
   * assignment (which names the group) is counted, its SLA events are too.
   */
  private static void ticketWithClocks(String group, List<EventType> firstResponseThenResolution) {
    UUID id = UUID.randomUUID();
    send(
        EventType.TICKET_CREATED,
        id,
        ticket(id, "incident", "network", "portal", UUID.randomUUID(), at("09:00")));
    send(firstResponseThenResolution.get(0), id, sla(id, "first_response", at("09:20")));
    if (firstResponseThenResolution.size() > 1) {
      send(firstResponseThenResolution.get(1), id, sla(id, "resolution", at("12:00")));
    }
    send(EventType.TICKET_ASSIGNED, id, routing(id, group, at("12:01")));
  }

  private static JsonPath byGroup() {
    return ExperienceApi.experience(DAY, DAY, "group");
  }

  @Test
  void aTicketIsSlaCompliantOnlyWhenEveryClockIsMet() {
    ticketWithClocks("first-response-met-resolution-running", List.of(EventType.SLA_MET));
    ticketWithClocks(
        "first-response-met-resolution-breached",
        List.of(EventType.SLA_MET, EventType.SLA_BREACHED));
    ticketWithClocks("every-clock-met", List.of(EventType.SLA_MET, EventType.SLA_MET));

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> byGroup().getList("groups.tickets", Integer.class).equals(List.of(1, 1, 1)));
    JsonPath report = byGroup();

    String running = "groups.find { it.key == 'first-response-met-resolution-running' }.";
    assertThat(report.getInt(running + "slaMeasured")).isZero();
    assertThat(report.getInt(running + "slaMet")).isZero();
    assertThat((Object) report.get(running + "slaCompliance")).isNull();
    String breached = "groups.find { it.key == 'first-response-met-resolution-breached' }.";
    assertThat(report.getInt(breached + "slaMeasured")).isEqualTo(1);
    assertThat(report.getDouble(breached + "slaCompliance")).isEqualTo(0.0);
    String met = "groups.find { it.key == 'every-clock-met' }.";
    assertThat(report.getInt(met + "slaMet")).isEqualTo(1);
    assertThat(report.getDouble(met + "slaCompliance")).isEqualTo(1.0);
    assertThat(report.getInt("total.slaMeasured")).isEqualTo(2);
    assertThat(report.getDouble("total.slaCompliance")).isEqualTo(0.5);
  }
}

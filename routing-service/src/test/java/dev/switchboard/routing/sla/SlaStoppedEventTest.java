package dev.switchboard.routing.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.EventSchemas;
import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.routing.RoutingEvent;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.routing.support.Api;
import dev.switchboard.routing.support.Interactions;
import dev.switchboard.routing.support.Kafka;
import dev.switchboard.routing.support.Sla;
import dev.switchboard.routing.support.Tickets;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every stopped clock tells consumers how much business time it ran. */
@QuarkusTest
class SlaStoppedEventTest {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  @AfterEach
  void roundTheClockPolicyAgain() {
    Sla.p5IncidentPolicy("none");
  }

  @Test
  void aStoppedClockEmitsTheBusinessTimeItRanOnItsCalendar() throws Exception {
    Sla.officeHoursP5IncidentPolicy();
    // a Monday well ahead, so that no clock comes due while the test runs
    Instant monday =
        LocalDate.now(ZoneOffset.UTC)
            .plusWeeks(1)
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    TicketEvent ticket = Tickets.created("stopped/clock", "p5", monday.plus(Duration.ofHours(16)));
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());

    // Monday 16:00-17:00 and Tuesday 09:00-10:00: two business hours in 18 calendar hours
    Interactions.publishPublicAgentReply(ticket, monday.plus(Duration.ofHours(24 + 10)));
    Sla.awaitClockState(ticket.ticketId(), "first_response", "met");
    // then all of Tuesday and Wednesday 09:00-11:00: eleven business hours in all
    Kafka.publish(
        EventType.TICKET_RESOLVED,
        ticket.ticketId(),
        Tickets.changed(
            ticket, ticket.category(), "resolved", monday.plus(Duration.ofHours(48 + 11))));
    Sla.awaitClockState(ticket.ticketId(), "resolution", "met");

    assertThat(stoppedSeconds(ticket.ticketId(), "first_response")).isEqualTo(2 * 3600L);
    assertThat(stoppedSeconds(ticket.ticketId(), "resolution")).isEqualTo(11 * 3600L);
  }

  private static long stoppedSeconds(UUID ticketId, String clock) throws Exception {
    await().atMost(Duration.ofSeconds(20)).until(() -> stoppedEvents(ticketId, clock).size() == 1);
    ConsumerRecord<String, String> record = stoppedEvents(ticketId, clock).get(0);
    EventSchemas.requireValid(EventType.SLA_STOPPED, record.value());
    return JSON.readValue(record.value(), RoutingEvent.class).businessSecondsElapsed();
  }

  private static List<ConsumerRecord<String, String>> stoppedEvents(UUID ticketId, String clock)
      throws Exception {
    List<ConsumerRecord<String, String>> matching = new ArrayList<>();
    for (ConsumerRecord<String, String> record :
        Kafka.routingEvents(ticketId, EventType.SLA_STOPPED)) {
      if (clock.equals(JSON.readValue(record.value(), RoutingEvent.class).clock())) {
        matching.add(record);
      }
    }
    return matching;
  }
}

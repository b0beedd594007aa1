package dev.switchboard.routing.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.routing.support.Api;
import dev.switchboard.routing.support.Kafka;
import dev.switchboard.routing.support.Sla;
import dev.switchboard.routing.support.TestClock;
import dev.switchboard.routing.support.Tickets;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduler takes the ticket before its clocks, as every consumer does. */
@QuarkusTest
class SchedulerLockOrderTest {

  @Inject TestClock clock;
  @Inject AgroalDataSource db;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void schedulerLeavesATicketAConsumerHoldsAloneAndWarnsOnceWhenItIsReleased() throws Exception {
    Sla.p5IncidentPolicy("none");
    TicketEvent ticket =
        Tickets.created("lock-order/case", "p5", clock.instant().truncatedTo(ChronoUnit.MICROS));
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());
    String sla = "/api/v1/tickets/" + ticket.ticketId() + "/sla";
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Api.get("agent1", sla).<List<?>>path("clocks").size() == 2);

    try (Connection consumer = db.getConnection()) {
      consumer.setAutoCommit(false);
      try (PreparedStatement lock =
          consumer.prepareStatement("select id from routing_ticket where id = ? for update")) {
        lock.setObject(1, ticket.ticketId());
        lock.executeQuery().close();
      }
      clock.advance(Duration.ofMinutes(46));
      Thread.sleep(3_000); // three scans
      assertThat(Kafka.routingEvents(ticket.ticketId(), EventType.SLA_WARNING))
          .as("a warning while a consumer holds the ticket")
          .isEmpty();
      consumer.rollback();
    }

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Kafka.routingEvents(ticket.ticketId(), EventType.SLA_WARNING).size() == 1);
    Thread.sleep(2_000);
    assertThat(Kafka.routingEvents(ticket.ticketId(), EventType.SLA_WARNING)).hasSize(1);
  }
}

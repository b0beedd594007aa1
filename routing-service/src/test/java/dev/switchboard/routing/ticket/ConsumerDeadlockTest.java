package dev.switchboard.routing.ticket;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.routing.support.Api;
import dev.switchboard.routing.support.Kafka;
import dev.switchboard.routing.support.Sla;
import dev.switchboard.routing.support.Tickets;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A deadlock is a passing failure: the consumer tries again instead of dead-lettering. */
@QuarkusTest
class ConsumerDeadlockTest {

  @Inject AgroalDataSource db;

  @Test
  void ticketEventThatLosesADeadlockIsRetriedInsteadOfDeadLettered() throws Exception {
    Sla.p5IncidentPolicy("none");
    TicketEvent ticket = Tickets.created("deadlock/case", "p5", Instant.now());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());
    String sla = "/api/v1/tickets/" + ticket.ticketId() + "/sla";
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Api.get("agent1", sla).<java.util.List<?>>path("clocks").size() == 2);

    try (Connection other = db.getConnection()) {
      other.setAutoCommit(false);
      try (Statement patient = other.createStatement()) {
        // this side never gives up first: PostgreSQL picks the consumer as the deadlock victim
        patient.execute("set local deadlock_timeout = '60s'");
      }
      lock(other, "select id from sla_clock where ticket_id = ? for update", ticket.ticketId());
      // the consumer locks the ticket, then waits for the clocks held here
      Kafka.publish(
          EventType.TICKET_STATUS_CHANGED,
          ticket.ticketId(),
          Tickets.changed(ticket, ticket.category(), "pending", Instant.now()));
      await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(20))
          .until(this::consumerWaitsForTheClocks);
      // and now this side waits for the ticket: a cycle, which the consumer loses
      lock(other, "select id from routing_ticket where id = ? for update", ticket.ticketId());
      other.rollback();
    }

    Sla.awaitClockState(ticket.ticketId(), "first_response", "paused");
    Api.get("agent1", sla).then().body("pauses", hasSize(1));
  }

  private static void lock(Connection connection, String sql, UUID ticketId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, ticketId);
      statement.executeQuery().close();
    }
  }

  private boolean consumerWaitsForTheClocks() throws SQLException {
    try (Connection connection = db.getConnection();
        Statement query = connection.createStatement();
        ResultSet rs =
            query.executeQuery(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query ilike 'update sla_clock%'")) {
      return rs.next() && rs.getLong(1) > 0;
    }
  }
}

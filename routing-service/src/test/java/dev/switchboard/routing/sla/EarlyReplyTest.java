package dev.switchboard.routing.sla;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.routing.support.Api;
import dev.switchboard.routing.support.Interactions;
import dev.switchboard.routing.support.Sla;
import dev.switchboard.routing.support.Tickets;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Interactions and tickets travel on different topics: a reply may come first. */
@QuarkusTest
class EarlyReplyTest {

  @Inject AgroalDataSource db;

  @Test
  void publicAgentReplyThatArrivesBeforeTheTicketStillMeetsFirstResponse() {
    Sla.p5IncidentPolicy("none");
    Instant createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant repliedAt = createdAt.plusSeconds(60);
    TicketEvent ticket = Tickets.created("early/reply", "p5", createdAt);

    String replyId = Interactions.publishPublicAgentReply(ticket, repliedAt);
    await().atMost(Duration.ofSeconds(20)).until(() -> consumed(replyId));
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());

    String sla = "/api/v1/tickets/" + ticket.ticketId() + "/sla";
    Sla.awaitClockState(ticket.ticketId(), "first_response", "met");
    Api.get("agent1", sla)
        .then()
        .body(
            "clocks.find { it.kind == 'first_response' }.stoppedAt", equalTo(repliedAt.toString()))
        .body("clocks.find { it.kind == 'resolution' }.state", equalTo("running"));
  }

  private boolean consumed(String eventId) throws Exception {
    try (Connection connection = db.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select count(*) from eventing_inbox where consumer = 'routing-service'"
                    + " and event_id = ?")) {
      query.setString(1, eventId);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }
}

package dev.switchboard.routing.escalation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.routing.support.Api;
import dev.switchboard.routing.support.Tickets;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EscalationListTest {

  @Test
  void escalationsAreAPageWithItemsPageSizeAndTotal() {
    TicketEvent ticket = Tickets.created("esc-list/printer", "p3", Instant.now());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());
    String escalations = "/api/v1/tickets/" + ticket.ticketId() + "/escalations";
    for (String reason : new String[] {"VIP", "still broken"}) {
      Api.post("agent1", escalations, Map.of("kind", "hierarchical", "reason", reason))
          .then()
          .statusCode(201);
    }

    Api.get("agent1", escalations + "?page=1&size=1")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].reason", equalTo("still broken"))
        .body("page", equalTo(1))
        .body("size", equalTo(1))
        .body("total", equalTo(2));
  }
}

package dev.switchboard.routing.support;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.contracts.ticket.TicketEvent.TicketSignals;
import dev.switchboard.localinfra.TestTokens;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/** Ticket events as intake publishes them. */
public final class Tickets {

  private static final AtomicInteger NUMBERS = new AtomicInteger(5000);

  private Tickets() {}

  /** A new ticket event for a fresh ticket. */
  public static TicketEvent created(String category, String priority, Instant createdAt) {
    return created(UUID.randomUUID(), UUID.randomUUID(), category, priority, createdAt, null);
  }

  public static TicketEvent created(
      UUID ticketId,
      UUID customerId,
      String category,
      String priority,
      Instant createdAt,
      TicketSignals signals) {
    return new TicketEvent(
        ticketId,
        "SD-" + NUMBERS.incrementAndGet(),
        "incident",
        category,
        null,
        "medium",
        "medium",
        priority,
        "new",
        null,
        "email",
        customerId,
        "ana@example.org",
        "VPN drops every hour",
        "It drops.",
        null,
        signals,
        null,
        null,
        "ana",
        "email",
        0,
        createdAt,
        createdAt);
  }

  /** The same ticket after a change of category or status, at {@code at}. */
  public static TicketEvent changed(
      TicketEvent ticket, String category, String status, Instant at) {
    return new TicketEvent(
        ticket.ticketId(),
        ticket.number(),
        ticket.type(),
        category,
        ticket.catalogItem(),
        ticket.impact(),
        ticket.urgency(),
        ticket.priority(),
        status,
        ticket.status(),
        ticket.channel(),
        ticket.customerId(),
        ticket.customerEmail(),
        ticket.subject(),
        ticket.description(),
        ticket.majorIncidentId(),
        ticket.signals(),
        null,
        null,
        "agent1",
        "api",
        0,
        ticket.createdAt(),
        at);
  }

  private static boolean routingReady;

  /**
   * Waits (once per JVM) until routing's consumer has joined its group and handled a first ticket,
   * so timing assertions measure routing, not the consumer's start-up.
   */
  public static synchronized void awaitRoutingReady() {
    if (routingReady) {
      return;
    }
    TicketEvent warmUp = created("warm-up", "p4", Instant.now());
    publishCreated(warmUp);
    Awaitility.await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                RestAssured.given()
                        .auth()
                        .oauth2(TestTokens.agent("agent1"))
                        .get("/api/v1/tickets/" + warmUp.ticketId() + "/assignment")
                        .statusCode()
                    == 200);
    routingReady = true;
  }

  public static void publishCreated(TicketEvent ticket) {
    Kafka.publish(EventType.TICKET_CREATED, ticket.ticketId(), ticket);
  }
}

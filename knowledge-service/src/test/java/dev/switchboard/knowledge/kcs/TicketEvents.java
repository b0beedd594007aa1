package dev.switchboard.knowledge.kcs;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.contracts.ticket.TicketEvent.Resolution;
import dev.switchboard.knowledge.KafkaProbe;
import java.time.Instant;
import java.util.UUID;

/** Ticket events as intake publishes them. */
final class TicketEvents {

  private TicketEvents() {}

  static TicketEvent resolved(UUID ticketId, String category, UUID articleId) {
    return event(
        ticketId, category, "resolved", new Resolution("solved", "fixed it", articleId), 0);
  }

  static TicketEvent created(UUID ticketId, String category) {
    return event(ticketId, category, "new", null, 0);
  }

  static TicketEvent reopened(UUID ticketId, String category) {
    return event(ticketId, category, "reopened", null, 1);
  }

  /** Sends the event as a new CloudEvent and returns its id. */
  static String send(EventType type, TicketEvent event) {
    String ceId = UUID.randomUUID().toString();
    KafkaProbe.send(ceId, type, event.ticketId(), event);
    return ceId;
  }

  private static TicketEvent event(
      UUID ticketId, String category, String status, Resolution resolution, int reopened) {
    Instant now = Instant.now();
    return new TicketEvent(
        ticketId,
        "SD-" + Math.abs(ticketId.getLeastSignificantBits() % 100000),
        "incident",
        category,
        null,
        "medium",
        "medium",
        "p3",
        status,
        "in_progress",
        "portal",
        UUID.randomUUID(),
        "ana@example.org",
        "Printer jams",
        "It jams",
        null,
        null,
        resolution,
        null,
        "agent1",
        "api",
        reopened,
        now,
        now);
  }
}

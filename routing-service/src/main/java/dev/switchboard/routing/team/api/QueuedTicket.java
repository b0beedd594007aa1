package dev.switchboard.routing.team.api;

import dev.switchboard.routing.ticket.RoutedTicket;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A ticket waiting in a group without an owner. */
public record QueuedTicket(
    UUID ticketId,
    String number,
    String type,
    String category,
    String priority,
    List<String> requiredSkills,
    Instant queuedAt) {

  static QueuedTicket of(RoutedTicket t) {
    return new QueuedTicket(
        t.id, t.number, t.type, t.category, t.priority, List.copyOf(t.requiredSkills), t.queuedAt);
  }
}

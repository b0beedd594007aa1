package dev.switchboard.routing.escalation.api;

import dev.switchboard.routing.escalation.Escalation;
import java.time.Instant;
import java.util.UUID;

public record EscalationView(
    UUID id,
    UUID ticketId,
    String kind,
    String trigger,
    String fromGroup,
    String toGroup,
    String notified,
    String reason,
    String actor,
    Instant at) {

  static EscalationView of(Escalation e) {
    return new EscalationView(
        e.id,
        e.ticketId,
        e.kind,
        e.trigger,
        e.fromGroup,
        e.toGroup,
        e.notified,
        e.reason,
        e.actor,
        e.at);
  }
}

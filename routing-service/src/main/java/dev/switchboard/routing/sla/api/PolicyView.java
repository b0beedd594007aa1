package dev.switchboard.routing.sla.api;

import dev.switchboard.routing.sla.SlaPolicy;
import java.math.BigDecimal;

public record PolicyView(
    String id,
    String name,
    String priority,
    String ticketType,
    String firstResponse,
    String resolution,
    String calendar,
    BigDecimal warningShare,
    String warningEscalation) {

  static PolicyView of(SlaPolicy p) {
    return new PolicyView(
        p.id,
        p.name,
        p.priority,
        p.ticketType,
        p.firstResponse,
        p.resolution,
        p.calendarId,
        p.warningShare,
        p.warningEscalation);
  }
}

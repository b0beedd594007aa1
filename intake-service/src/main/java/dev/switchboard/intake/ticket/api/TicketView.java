package dev.switchboard.intake.ticket.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.intake.ticket.Signal;
import dev.switchboard.intake.ticket.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A ticket as intake returns it; {@code interactions} only on the single-ticket read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketView(
    UUID id,
    String number,
    String type,
    String category,
    String catalogItem,
    String impact,
    String urgency,
    String priority,
    String status,
    String subject,
    String description,
    UUID customerId,
    String channel,
    String group,
    String owner,
    Instant createdAt,
    Instant updatedAt,
    UUID majorIncidentId,
    List<Signal> signals,
    ResolutionView resolution,
    int reopenedCount,
    List<InteractionView> interactions) {

  /** How the ticket was resolved. */
  public record ResolutionView(String code, String summary, UUID articleId, Instant resolvedAt) {}

  public static TicketView of(Ticket ticket) {
    return of(ticket, null);
  }

  public static TicketView of(Ticket ticket, List<InteractionView> interactions) {
    return new TicketView(
        ticket.id,
        ticket.number,
        ticket.type.wire(),
        ticket.category,
        ticket.catalogItem,
        ticket.impact.wire(),
        ticket.urgency.wire(),
        ticket.priority.wire(),
        ticket.status.wire(),
        ticket.subject,
        ticket.description,
        ticket.customerId,
        ticket.channel.wire(),
        ticket.group,
        ticket.owner,
        ticket.createdAt,
        ticket.updatedAt,
        ticket.majorIncidentId,
        List.copyOf(ticket.signals()),
        ticket.resolvedAt == null
            ? null
            : new ResolutionView(
                ticket.resolutionCode,
                ticket.resolutionSummary,
                ticket.resolutionArticleId,
                ticket.resolvedAt),
        ticket.reopenedCount,
        interactions);
  }
}

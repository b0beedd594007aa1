package dev.switchboard.intake.ticket;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.contracts.ticket.TicketEvent.Resolution;
import dev.switchboard.contracts.ticket.TicketEvent.TicketSignals;
import dev.switchboard.eventing.outbox.Outbox;
import dev.switchboard.intake.customer.CustomerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Announces ticket changes through the outbox, each event carrying the whole ticket as it stands.
 * One event per change: {@code resolved}, {@code reopened} and {@code closed} for those moves,
 * {@code status-changed} for every other move.
 */
@ApplicationScoped
public class TicketEvents {

  private final Outbox outbox;
  private final CustomerContext context;
  private final Clock clock;

  TicketEvents(Outbox outbox, CustomerContext context, Clock clock) {
    this.outbox = outbox;
    this.context = context;
    this.clock = clock;
  }

  /** What changed and who changed it. */
  public record Change(String actor, String via, TicketStatus previousStatus, String reason) {

    public static Change by(String actor, String via) {
      return new Change(actor, via, null, null);
    }

    public Change because(String why) {
      return new Change(actor, via, previousStatus, why);
    }

    public Change from(TicketStatus previous) {
      return new Change(actor, via, previous, reason);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void emit(EventType type, Ticket ticket, Change change) {
    emit(type, ticket, change, context.forEvent(ticket.customerId));
  }

  /**
   * An event whose customer facts the caller already holds (a new ticket: the signals read before
   * it, the customer just identified).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void emit(
      EventType type, Ticket ticket, Change change, CustomerContext.ForEvent customer) {
    outbox.emit(type, ticket.id, payload(ticket, change, customer));
  }

  /** The event of a status move to {@code ticket.status}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void statusChanged(Ticket ticket, Change change) {
    EventType type =
        switch (ticket.status) {
          case RESOLVED -> EventType.TICKET_RESOLVED;
          case REOPENED -> EventType.TICKET_REOPENED;
          case CLOSED -> EventType.TICKET_CLOSED;
          default -> EventType.TICKET_STATUS_CHANGED;
        };
    emit(type, ticket, change);
  }

  private TicketEvent payload(Ticket ticket, Change change, CustomerContext.ForEvent customer) {
    Instant now = clock.instant();
    CustomerContext.Signals customerSignals = customer.signals();
    return new TicketEvent(
        ticket.id,
        ticket.number,
        ticket.type.wire(),
        ticket.category,
        ticket.catalogItem,
        ticket.impact.wire(),
        ticket.urgency.wire(),
        ticket.priority.wire(),
        ticket.status.wire(),
        change.previousStatus() == null ? null : change.previousStatus().wire(),
        ticket.channel.wire(),
        ticket.customerId,
        customer.email(),
        ticket.subject,
        ticket.description,
        ticket.majorIncidentId,
        new TicketSignals(
            ticket.needsTriage,
            ticket.negativeSentiment,
            ticket.repeatedContacts,
            ticket.majorIncidentId != null,
            customerSignals.contactsLast7Days(),
            customerSignals.openMajorIncident(),
            customerSignals.negativeSentiment()),
        ticket.resolutionCode == null && ticket.resolutionSummary == null
            ? null
            : new Resolution(
                ticket.resolutionCode, ticket.resolutionSummary, ticket.resolutionArticleId),
        change.reason(),
        change.actor(),
        change.via(),
        ticket.reopenedCount,
        ticket.createdAt,
        now);
  }
}

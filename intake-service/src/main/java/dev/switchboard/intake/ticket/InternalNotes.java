package dev.switchboard.intake.ticket;

import dev.switchboard.intake.audit.AuditTrail;
import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.interaction.Direction;
import dev.switchboard.intake.interaction.Interaction;
import dev.switchboard.intake.interaction.InteractionKind;
import dev.switchboard.intake.interaction.InteractionLog;
import dev.switchboard.intake.interaction.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * What agents write on a ticket for the desk only: internal notes, with the work they logged on
 * them. Never shown to the customer, never sent.
 */
@ApplicationScoped
public class InternalNotes {

  private final InteractionLog log;
  private final AuditTrail audit;
  private final Clock clock;

  InternalNotes(InteractionLog log, AuditTrail audit, Clock clock) {
    this.log = log;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records an agent's internal note.
   *
   * @param timeSpentMinutes agent work logged on it, null for none
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Interaction note(Ticket ticket, String agent, String body, Integer timeSpentMinutes) {
    Interaction note =
        Interaction.create(
            ticket.id,
            ticket.customerId,
            ticket.channel,
            Direction.OUTBOUND,
            Visibility.INTERNAL,
            InteractionKind.NOTE,
            clock.instant());
    note.author = agent;
    note.authorRole = "agent";
    note.body = body;
    note.timeSpentMinutes = timeSpentMinutes;
    audit.record("ticket", ticket.id, "note", agent, Channel.API.wire(), null);
    return log.record(note, ticket.number);
  }

  /**
   * Records the work an agent logged with a status move (e.g. the time it took to resolve) as an
   * internal work note of theirs, naming the move; nothing when no time (or 0) was logged.
   *
   * <p>Why a note: most moves write no interaction at all, and the one that does (resolving) writes
   * the desk's public notice to the customer, authored by {@code system}. The work is the agent's,
   * so it goes where service desks keep time worked: an internal work note by that agent, counted
   * on the ticket's channel like the agent's other work and never shown to the customer.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void workOnMove(
      Ticket ticket, TicketStatus from, String agent, String reason, Integer timeSpentMinutes) {
    if (timeSpentMinutes == null || timeSpentMinutes == 0) {
      return;
    }
    String move = "Work logged: " + from.wire() + " → " + ticket.status.wire();
    note(
        ticket,
        agent,
        reason == null || reason.isBlank() ? move : move + " (" + reason.strip() + ")",
        timeSpentMinutes);
  }
}

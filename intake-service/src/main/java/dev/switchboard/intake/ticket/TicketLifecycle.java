package dev.switchboard.intake.ticket;

import dev.switchboard.contracts.EventType;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.intake.audit.AuditTrail;
import dev.switchboard.intake.config.IntakeConfig;
import dev.switchboard.intake.contact.CustomerNotifier;
import dev.switchboard.intake.interaction.InteractionKind;
import dev.switchboard.intake.ticket.TicketEvents.Change;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Moves tickets through their lifecycle, each move audited and announced: agents' transitions,
 * resolution with a code, the customer's confirmation, reopening on a follow-up, resuming work when
 * the customer answers a pending ticket, and closing after the quiet period.
 */
@ApplicationScoped
public class TicketLifecycle {

  private final TicketEvents events;
  private final AuditTrail audit;
  private final CustomerNotifier notifier;
  private final Clock clock;
  private final Duration reopenWindow;
  private final Duration autoCloseAfter;

  TicketLifecycle(
      TicketEvents events,
      AuditTrail audit,
      CustomerNotifier notifier,
      Clock clock,
      IntakeConfig config) {
    this.events = events;
    this.audit = audit;
    this.notifier = notifier;
    this.clock = clock;
    this.reopenWindow = config.lifecycle().reopenWindow();
    this.autoCloseAfter = config.lifecycle().autoCloseAfter();
  }

  /** How a ticket was resolved. */
  public record Resolution(String code, String summary, UUID articleId) {}

  /**
   * Moves the ticket to {@code target}; resolving tells the customer and asks them to confirm.
   *
   * @throws ApiProblem 409 for a move the lifecycle does not allow, 400 for resolving without a
   *     resolution
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void move(
      Ticket ticket, TicketStatus target, String reason, Resolution resolution, Change by) {
    TicketStatus previous = ticket.status;
    if (target == TicketStatus.RESOLVED) {
      if (resolution == null || blank(resolution.code()) && blank(resolution.summary())) {
        throw ApiProblem.invalid("resolution", "is required to resolve a ticket (code or summary)");
      }
      ticket.resolve(
          resolution.code(), resolution.summary(), resolution.articleId(), clock.instant());
    } else {
      ticket.moveTo(target, clock.instant());
    }
    Change change = by.from(previous).because(reason);
    audit.record(
        "ticket",
        ticket.id,
        "status:" + previous.wire() + "->" + target.wire(),
        by.actor(),
        by.via(),
        reason);
    events.statusChanged(ticket, change);
    if (target == TicketStatus.RESOLVED) {
      notifier.tell(
          ticket, InteractionKind.NOTIFICATION, "system", "system", resolvedNotice(ticket));
    }
  }

  /** The customer answers the resolution: yes closes the ticket, no reopens it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void confirm(Ticket ticket, boolean resolved, String comment, Change by) {
    if (ticket.status != TicketStatus.RESOLVED) {
      throw ApiProblem.conflict(
          "only a resolved ticket can be confirmed; " + ticket.number + " is " + ticket.status);
    }
    if (!resolved && !ticket.withinReopenWindow(reopenWindow, clock.instant())) {
      throw ApiProblem.conflict("the reopen window of " + ticket.number + " has passed");
    }
    String reason = resolved ? "customer confirmed the resolution" : "customer says not resolved";
    move(
        ticket,
        resolved ? TicketStatus.CLOSED : TicketStatus.REOPENED,
        comment == null || comment.isBlank() ? reason : reason + ": " + comment,
        null,
        by);
  }

  /** Whether a follow-up contact may reopen this ticket now. */
  public boolean mayReopen(Ticket ticket) {
    return ticket.withinReopenWindow(reopenWindow, clock.instant());
  }

  /** Closes a resolved ticket whose customer stayed quiet, and tells them. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void closeQuiet(Ticket ticket) {
    move(
        ticket,
        TicketStatus.CLOSED,
        "no reply within " + autoCloseAfter + " after resolution",
        null,
        Change.by("system", "scheduler"));
    notifier.tell(
        ticket,
        InteractionKind.NOTIFICATION,
        "system",
        "system",
        "We closed "
            + ticket.number
            + " because we did not hear back after it was resolved. Write to us any time if you"
            + " need more help.");
  }

  /** Announces a change that is not a status move (signals, routing, classification). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void updated(Ticket ticket, EventType type, String action, String detail, Change by) {
    ticket.updatedAt = clock.instant();
    audit.record("ticket", ticket.id, action, by.actor(), by.via(), detail);
    events.emit(type, ticket, by.because(detail));
  }

  private String resolvedNotice(Ticket ticket) {
    String summary = ticket.resolutionSummary == null ? "" : "\n\n" + ticket.resolutionSummary;
    return "We have resolved "
        + ticket.number
        + "."
        + summary
        + "\n\nPlease confirm that it works for you. If it does not, just reply within "
        + reopenWindow.toDays()
        + " days and we reopen it; without a reply it closes automatically after "
        + autoCloseAfter.toDays()
        + " days.";
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}

package dev.switchboard.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket event: the ticket as it stands after the change, plus what changed. Carries every id a
 * consumer needs to act without calling back (routing, SLA, knowledge links, metrics).
 *
 * @param previousStatus the status before a status change; null otherwise
 * @param resolution set on resolved events
 * @param actor who made the change (user name, or {@code system})
 * @param via the channel through which the change came ({@code api}, {@code email}, …)
 * @param reopenedCount how many times the ticket has been reopened, this event included
 */
public record TicketEvent(
    UUID ticketId,
    String number,
    String type,
    String category,
    String catalogItem,
    String impact,
    String urgency,
    String priority,
    String status,
    String previousStatus,
    String channel,
    UUID customerId,
    String customerEmail,
    String subject,
    String description,
    UUID majorIncidentId,
    TicketSignals signals,
    Resolution resolution,
    String reason,
    String actor,
    String via,
    int reopenedCount,
    Instant createdAt,
    Instant occurredAt) {

  /**
   * Moment-of-truth signals that routing uses to escalate: the ticket's own, and the customer's as
   * the customer-context API reports them when the event was written, so routing needs no call
   * back.
   *
   * @param customerOpenMajorIncident one of the customer's tickets is linked to an open major
   *     incident; null in events written before intake carried it (ask the context API then)
   * @param customerNegativeSentiment negative wording from the customer in the last 7 days or on an
   *     open ticket; null in events written before intake carried it
   */
  public record TicketSignals(
      boolean needsTriage,
      boolean negativeSentiment,
      boolean repeatedContacts,
      boolean majorIncident,
      int contactsLast7Days,
      Boolean customerOpenMajorIncident,
      Boolean customerNegativeSentiment) {}

  /** How a ticket was resolved; {@code articleId} names the knowledge article that solved it. */
  public record Resolution(String code, String summary, UUID articleId) {}
}

package dev.switchboard.intake.email.inbound;

import java.util.UUID;

/**
 * Where a received message goes and why.
 *
 * @param ticketId the ticket it continues, or null for a new ticket (or none, for automatic mail)
 * @param byThread true when our own Message-ID proved the sender is in the conversation
 * @param relatedTicketId a ticket quoted by a sender who may not write to it: the new ticket is
 *     related to it
 */
public record ThreadingDecision(
    UUID ticketId, boolean byThread, UUID relatedTicketId, String reason) {

  static ThreadingDecision newTicket(String reason) {
    return new ThreadingDecision(null, false, null, reason);
  }
}

package dev.switchboard.intake.contact;

import java.util.UUID;

/**
 * The channel-neutral entry of intake: every channel (portal, API, chat, phone, walk-in, e-mail)
 * hands its parsed contact here. Implementations identify the customer, continue or open a ticket,
 * classify and prioritise it, record the interaction on the customer's timeline, check moments of
 * truth (major incidents, repeated or angry contacts) and emit the events, all in the caller's
 * transaction (each method joins or starts one).
 */
public interface ContactIntake {

  /** Records one inbound contact and says what became of it. */
  ContactOutcome accept(InboundContact contact);

  /**
   * Records a message the desk sent to the customer on the ticket's timeline (and publishes the
   * interaction event). Does not fire {@link OutboundMessage}: the caller sends it itself.
   *
   * @return the new interaction's id
   */
  UUID recordOutbound(OutboundInteraction outbound);

  /**
   * Whether {@code sender} may add to that ticket: staff always; otherwise the ticket's customer
   * (by any of their identities) or a party copied on the ticket.
   */
  boolean mayWrite(UUID ticketId, Sender sender, Author author);
}

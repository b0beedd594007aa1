package dev.switchboard.intake.contact;

/**
 * Who wrote the contact into the desk, for the audit trail and for write permission.
 *
 * @param name user name of the caller (the customer themselves, the agent logging a phone call, or
 *     the gateway's service account)
 * @param staff true when a member of staff entered the contact themselves (an agent logging a call,
 *     an integration acting for the desk): staff may write to any ticket. A gateway that relays a
 *     customer's own message (the e-mail channel) passes false, so the sender's rights decide: only
 *     the ticket's customer or a party copied on it may write to it
 */
public record Author(String name, boolean staff) {}

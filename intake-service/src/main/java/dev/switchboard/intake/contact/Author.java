package dev.switchboard.intake.contact;

/**
 * Who wrote the contact into the desk, for the audit trail and for write permission.
 *
 * @param name user name of the caller (the customer themselves, the agent logging a phone call, or
 *     the gateway's service account)
 * @param staff true for agents, supervisors, admins and integrators: staff may write to any ticket;
 *     otherwise only the ticket's customer or a party copied on it may
 */
public record Author(String name, boolean staff) {}

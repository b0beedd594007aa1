package dev.switchboard.intake.contact;

/**
 * What the contact says about the ticket it may open, all optional. An explicit type wins, a
 * catalog item makes a service request, otherwise the classifier decides; missing impact or urgency
 * get the configured defaults and the {@code needs_triage} signal. Values are wire names ({@code
 * service_request}, {@code high}); invalid ones are refused with 400.
 */
public record TicketHints(
    String type, String category, String catalogItem, String impact, String urgency) {

  public static final TicketHints NONE = new TicketHints(null, null, null, null, null);
}

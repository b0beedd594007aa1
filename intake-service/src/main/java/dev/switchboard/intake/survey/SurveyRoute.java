package dev.switchboard.intake.survey;

import dev.switchboard.intake.interaction.Channel;

/** How a CSAT survey link reaches the customer: on the ticket's own channel. */
public enum SurveyRoute {
  /** An e-mail to the customer's address (recorded on the timeline as the mail sent). */
  MAIL,
  /**
   * A public notification on the ticket, where the customer reads the ticket: their timeline, the
   * portal's ticket view, the chat conversation, and the desk's channel adapters (the outbound
   * hook).
   */
  NOTIFICATION;

  /**
   * E-mail tickets get a mail; every other channel (portal, api, chat, phone, walk-in), and an
   * e-mail ticket whose customer has no address left, gets the notification.
   */
  public static SurveyRoute forTicket(Channel ticketChannel, boolean customerHasEmail) {
    return ticketChannel == Channel.EMAIL && customerHasEmail ? MAIL : NOTIFICATION;
  }
}

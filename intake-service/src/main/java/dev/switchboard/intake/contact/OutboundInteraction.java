package dev.switchboard.intake.contact;

import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.interaction.InteractionKind;
import java.util.List;
import java.util.UUID;

/**
 * A message the desk sent (or is about to send) to a customer, recorded on the ticket's timeline:
 * the e-mail channel's acknowledgement, an SMTP reply, a notification.
 *
 * @param kind {@code REPLY} for an answer to the customer, {@code NOTIFICATION} for the
 *     acknowledgement of a new contact and other messages from the desk
 * @param author user name of the agent, or {@code system}
 * @param externalId the channel's id of the sent message (the Message-ID of the outbound mail), so
 *     replies to it thread back
 * @param recipients addresses it went to
 */
public record OutboundInteraction(
    UUID ticketId,
    Channel channel,
    InteractionKind kind,
    String author,
    String subject,
    String body,
    String externalId,
    List<String> recipients) {

  public OutboundInteraction {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }
}

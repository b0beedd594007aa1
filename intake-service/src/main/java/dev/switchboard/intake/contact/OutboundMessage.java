package dev.switchboard.intake.contact;

import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.interaction.InteractionKind;
import java.util.List;
import java.util.UUID;

/**
 * CDI event fired when the desk has something to say to a customer on the ticket's channel: an
 * agent's public reply, a major-incident update, a resolution or auto-close notice. It is fired
 * inside the transaction that recorded the outbound interaction; a channel that delivers messages
 * (e-mail by SMTP) observes it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so
 * nothing is sent for a change that rolled back. The same interaction is also published as {@code
 * switchboard.interaction.recorded.v1} (direction {@code outbound}) through the outbox.
 *
 * @param interactionId the outbound interaction already on the timeline
 * @param to the customer's address on that channel (e-mail address, phone, chat handle), null if
 *     the customer has none
 * @param cc parties copied on the ticket
 * @param references the channel's ids of the ticket's earlier messages, oldest first (for
 *     In-Reply-To / References)
 */
public record OutboundMessage(
    UUID interactionId,
    UUID ticketId,
    String ticketNumber,
    UUID customerId,
    Channel channel,
    InteractionKind kind,
    String to,
    List<String> cc,
    String subject,
    String body,
    List<String> references) {}

package dev.switchboard.intake.ticket.api;

import dev.switchboard.intake.interaction.Interaction;
import java.time.Instant;
import java.util.UUID;

/**
 * One interaction on a ticket.
 *
 * @param from the customer's address or handle for inbound messages, the agent (or {@code system})
 *     for outbound ones
 */
public record InteractionView(
    UUID id,
    String channel,
    String direction,
    String visibility,
    String kind,
    Instant at,
    String from,
    String subject,
    String body) {

  public static InteractionView of(Interaction interaction) {
    boolean inbound = interaction.direction == dev.switchboard.intake.interaction.Direction.INBOUND;
    return new InteractionView(
        interaction.id,
        interaction.channel.wire(),
        interaction.direction.wire(),
        interaction.visibility.wire(),
        interaction.kind.wire(),
        interaction.at,
        inbound && interaction.sender != null ? interaction.sender : interaction.author,
        interaction.subject,
        interaction.body);
  }
}

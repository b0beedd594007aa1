package dev.switchboard.intake.ticket.api;

import dev.switchboard.intake.interaction.Interaction;
import java.time.Instant;
import java.util.UUID;

/**
 * One interaction on a ticket.
 *
 * @param from the customer's address or handle for inbound messages, the agent (or {@code system})
 *     for outbound ones
 * @param timeSpentMinutes agent work logged on it; null when none was logged, and always null for
 *     customers
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
    String body,
    Integer timeSpentMinutes) {

  /**
   * @param staff whether the reader is staff: only staff see the work logged
   */
  public static InteractionView of(Interaction interaction, boolean staff) {
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
        interaction.body,
        staff ? interaction.timeSpentMinutes : null);
  }
}

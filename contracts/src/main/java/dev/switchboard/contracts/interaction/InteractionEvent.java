package dev.switchboard.contracts.interaction;

import java.time.Instant;
import java.util.UUID;

/**
 * One contact or reply recorded on a customer's timeline.
 *
 * @param direction {@code inbound} (from the customer) or {@code outbound} (to the customer)
 * @param visibility {@code public} or {@code internal}
 * @param kind {@code contact}, {@code reply}, {@code note}, {@code courtesy}, {@code auto_reply},
 *     {@code bounce}, {@code notification}
 * @param authorRole {@code customer}, {@code agent}, {@code system}
 * @param handleSeconds agent work logged on this interaction, 0 when none
 */
public record InteractionEvent(
    UUID interactionId,
    UUID ticketId,
    String ticketNumber,
    UUID customerId,
    String channel,
    String direction,
    String visibility,
    String kind,
    String author,
    String authorRole,
    long handleSeconds,
    Instant at) {}

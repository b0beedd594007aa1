package dev.switchboard.metrics.history;

import java.time.Instant;
import java.util.UUID;

/**
 * One historical ticket as another tool recorded it, reduced to what the measures need.
 *
 * @param resolvedAt null when the log never recorded a resolution time (the ticket still counts as
 *     resolved when it was closed)
 * @param slaMet null when unknown
 */
public record ImportedIncident(
    UUID ticketId,
    String number,
    String type,
    String category,
    String configurationItem,
    String channel,
    String group,
    UUID customerId,
    Instant createdAt,
    Instant resolvedAt,
    Instant closedAt,
    String resolutionCode,
    int reopenCount,
    boolean reassigned,
    boolean waitedOnCustomer,
    Boolean slaMet) {}

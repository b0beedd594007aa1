package dev.switchboard.contracts.routing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An assignment, escalation, swarm or SLA event of one ticket.
 *
 * @param escalationKind {@code functional} or {@code hierarchical} on escalations
 * @param clock {@code first_response} or {@code resolution} on SLA events
 * @param agents swarm members concerned by a swarm event
 * @param businessSecondsElapsed on {@code sla-stopped}: the business time the clock ran in all, in
 *     seconds (calendar hours only, pauses excluded); null on every other event
 */
public record RoutingEvent(
    UUID ticketId,
    String ticketNumber,
    String group,
    String owner,
    String previousGroup,
    String previousOwner,
    String reason,
    String escalationKind,
    String clock,
    Instant dueAt,
    List<String> agents,
    String priority,
    String channel,
    Instant at,
    Long businessSecondsElapsed) {}

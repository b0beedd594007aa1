package dev.switchboard.contracts.knowledge;

import java.time.Instant;
import java.util.UUID;

/**
 * An article life-cycle, link, feedback or suggestion event.
 *
 * @param ticketId the ticket concerned by a link, feedback or accepted suggestion, if any
 * @param helpful the feedback answer on feedback events
 */
public record KnowledgeEvent(
    UUID articleId,
    int version,
    String title,
    String category,
    String audience,
    UUID ticketId,
    Boolean helpful,
    String actor,
    Instant at) {}

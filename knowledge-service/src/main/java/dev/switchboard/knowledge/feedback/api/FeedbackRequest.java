package dev.switchboard.knowledge.feedback.api;

import java.util.UUID;

/** Body of {@code POST /articles/{id}/feedback}. */
public record FeedbackRequest(Boolean helpful, UUID ticketId, String comment) {}

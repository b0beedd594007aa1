package dev.switchboard.knowledge.suggestion.api;

import java.util.UUID;

/** Body of {@code POST /suggestions/{id}/accept}: the article taken, and the ticket, if any. */
public record AcceptRequest(UUID articleId, UUID ticketId) {}

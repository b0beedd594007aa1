package dev.switchboard.knowledge.suggestion.api;

import java.time.Instant;
import java.util.UUID;

/** A recorded acceptance. */
public record AcceptedView(UUID suggestionId, UUID articleId, UUID ticketId, Instant acceptedAt) {}

package dev.switchboard.knowledge.suggestion.api;

import java.util.UUID;

/**
 * Body of {@code POST /suggestions}: a ticket's text or what a user is typing into a portal form.
 *
 * @param category the ticket's or form's category, ranked higher when given
 * @param ticketId the ticket the suggestions are for, if any
 * @param limit how many suggestions (default 5, at most 20)
 */
public record SuggestionRequest(String text, String category, UUID ticketId, Integer limit) {}

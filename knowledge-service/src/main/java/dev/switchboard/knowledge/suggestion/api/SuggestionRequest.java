package dev.switchboard.knowledge.suggestion.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /suggestions}: a ticket's text or what a user is typing into a portal form.
 *
 * @param category the ticket's or form's category, ranked higher when given
 * @param ticketId the ticket the suggestions are for, if any
 * @param limit how many suggestions (default 5, at most 20: a larger limit is served as 20)
 */
public record SuggestionRequest(
    String text,
    String category,
    UUID ticketId,
    @Schema(
            description =
                "How many suggestions, default 5, at most 20: a larger limit is served as 20;"
                    + " below 1 is a 400",
            minimum = "1",
            maximum = "20")
        Integer limit) {}

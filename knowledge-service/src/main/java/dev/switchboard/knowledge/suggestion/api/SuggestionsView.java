package dev.switchboard.knowledge.suggestion.api;

import dev.switchboard.knowledge.search.SearchHit;
import java.util.List;
import java.util.UUID;

/** Suggestions best first; {@code id} is where an acceptance is recorded. */
public record SuggestionsView(UUID id, List<SearchHit> items) {}

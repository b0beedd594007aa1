package dev.switchboard.knowledge.search;

import java.util.List;

/** One page of hits, best first, and how many articles matched in all. */
public record SearchResults(List<SearchHit> hits, long total) {

  public static final SearchResults NONE = new SearchResults(List.of(), 0);
}

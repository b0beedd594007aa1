package dev.switchboard.knowledge.search;

import dev.switchboard.knowledge.search.SearchQuery.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link SearchQuery} into two {@code tsquery} SQL expressions over the search
 * configuration {@code cfg} of each article language, with every user word a bound parameter:
 *
 * <ul>
 *   <li>{@code loose}: any term (or its spelling correction, or its prefix) — what matches;
 *   <li>{@code strict}: every term — a ranking bonus, as a search engine's AND would give.
 * </ul>
 *
 * Phrases and exclusions are required in both.
 */
final class TsQuerySql {

  private final SearchQuery query;
  private final Map<String, String> corrections;
  private final List<Object> params;

  TsQuerySql(SearchQuery query, Map<String, String> corrections, List<Object> params) {
    this.query = query;
    this.corrections = corrections;
    this.params = params;
  }

  String strict() {
    List<String> parts = new ArrayList<>();
    query.terms().forEach(term -> parts.add(term(term)));
    return required(parts);
  }

  String loose() {
    List<String> parts = new ArrayList<>();
    if (!query.terms().isEmpty()) {
      List<String> any = new ArrayList<>();
      query.terms().forEach(term -> any.add(term(term)));
      parts.add("(" + String.join(" || ", any) + ")");
    }
    return required(parts);
  }

  private String required(List<String> parts) {
    for (String phrase : query.phrases()) {
      parts.add(bind("phraseto_tsquery(c.cfg, ?)", phrase));
    }
    for (String word : query.excluded()) {
      parts.add(bind("!!phraseto_tsquery(c.cfg, ?)", word));
    }
    return parts.isEmpty() ? "''::tsquery" : "(" + String.join(" && ", parts) + ")";
  }

  private String term(Term term) {
    List<String> alternatives = new ArrayList<>();
    if (term.asWord()) {
      alternatives.add(bind("plainto_tsquery(c.cfg, ?)", term.word()));
      String correction = corrections.get(term.word());
      if (correction != null) {
        alternatives.add(bind("plainto_tsquery(c.cfg, ?)", correction));
      }
    }
    if (term.asPrefix()) {
      alternatives.add(bind("to_tsquery(c.cfg, ? || ':*')", term.word()));
    }
    return "(" + String.join(" || ", alternatives) + ")";
  }

  private String bind(String sql, String value) {
    params.add(value);
    return sql;
  }
}

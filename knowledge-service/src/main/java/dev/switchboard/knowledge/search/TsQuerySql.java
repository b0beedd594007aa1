package dev.switchboard.knowledge.search;

import dev.switchboard.knowledge.search.SearchQuery.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a {@link SearchQuery} into two {@code tsquery} SQL expressions over the search
 * configuration {@code cfg} of each article language, with every user word a bound parameter:
 *
 * <ul>
 *   <li>{@code loose}: any term — what matches;
 *   <li>{@code strict}: every term — a ranking bonus, as a search engine's AND would give.
 * </ul>
 *
 * A term matches as written, as its spelling correction, as any of its synonyms, and as a prefix
 * when it is one. A word the corpus does not know only counts in {@code strict} through its
 * correction, so one misspelt or foreign word does not cost every article the bonus. Phrases and
 * exclusions are required in both.
 */
final class TsQuerySql {

  private final SearchQuery query;
  private final Map<String, String> unknownWords;
  private final Synonyms synonyms;
  private final List<Object> params;

  /**
   * @param unknownWords words no article uses, each with its correction or null
   */
  TsQuerySql(
      SearchQuery query, Map<String, String> unknownWords, Synonyms synonyms, List<Object> params) {
    this.query = query;
    this.unknownWords = unknownWords;
    this.synonyms = synonyms;
    this.params = params;
  }

  String strict() {
    List<String> parts = new ArrayList<>();
    query.terms().stream()
        .map(term -> term(term, true))
        .filter(Objects::nonNull)
        .forEach(parts::add);
    return required(parts);
  }

  String loose() {
    List<String> parts = new ArrayList<>();
    if (!query.terms().isEmpty()) {
      List<String> any = query.terms().stream().map(term -> term(term, false)).toList();
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

  /** The alternatives of one term, or null when it cannot count in a strict query. */
  private String term(Term term, boolean strict) {
    List<String> alternatives = new ArrayList<>();
    if (term.asWord()) {
      String word = term.word();
      boolean unknown = unknownWords.containsKey(word);
      if (!strict || !unknown) {
        alternatives.add(bind("plainto_tsquery(c.cfg, ?)", word));
      }
      String correction = unknownWords.get(word);
      for (String alternative : synonyms.of(word)) {
        alternatives.add(bind("plainto_tsquery(c.cfg, ?)", alternative));
      }
      if (correction != null) {
        alternatives.add(bind("plainto_tsquery(c.cfg, ?)", correction));
        for (String alternative : synonyms.of(correction)) {
          alternatives.add(bind("plainto_tsquery(c.cfg, ?)", alternative));
        }
      }
    }
    if (term.asPrefix()) {
      alternatives.add(bind("to_tsquery(c.cfg, ? || ':*')", term.word()));
    }
    return alternatives.isEmpty() ? null : "(" + String.join(" || ", alternatives) + ")";
  }

  private String bind(String sql, String value) {
    params.add(value);
    return sql;
  }
}

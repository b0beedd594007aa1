package dev.switchboard.knowledge.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The words of the live articles (accent-folded, unstemmed) and the typo tolerance built on them: a
 * query word that no live article uses is replaced by the most similar corpus word by trigram
 * similarity ({@code pasword} → {@code password}). {@code kb_word.ndoc} counts the live articles
 * that use a word: {@link #add} counts an article's words when it goes live, {@link #removeLive}
 * takes back what its indexed row counted, before a new version replaces it or it is retired, so
 * the vocabulary is always that of {@code kb_search_doc}.
 */
final class Vocabulary {

  /** The words that count: the same filter for adding and taking back. */
  private static final String WORDS =
      "select lexeme from unnest(to_tsvector('kb_simple', %s))"
          + " where lexeme ~ '^[[:alpha:]]{3,40}$'";

  private Vocabulary() {}

  static void add(Connection connection, String text) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into kb_word (word, ndoc) select lexeme, 1 from ("
                + WORDS.formatted("?")
                + ") w on conflict (word) do update set ndoc = kb_word.ndoc + 1")) {
      insert.setString(1, text);
      insert.executeUpdate();
    }
  }

  /**
   * Takes back the words the article's live row counted (the row holds the text {@link #add} was
   * given: title, tags and plain body); nothing when the article has no live row.
   */
  static void removeLive(Connection connection, UUID articleId) throws SQLException {
    String[] words;
    try (PreparedStatement select =
        connection.prepareStatement(
            "select array(select lexeme from kb_search_doc d cross join lateral ("
                + WORDS.formatted("d.title || ' ' || d.tags_text || ' ' || d.body")
                + ") w where d.article_id = ?)")) {
      select.setObject(1, articleId);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        words = (String[]) rs.getArray(1).getArray();
      }
    }
    if (words.length == 0) {
      return;
    }
    try (PreparedStatement delete =
            connection.prepareStatement("delete from kb_word where word = any(?) and ndoc <= 1");
        PreparedStatement decrement =
            connection.prepareStatement("update kb_word set ndoc = ndoc - 1 where word = any(?)")) {
      delete.setArray(1, connection.createArrayOf("text", words));
      delete.executeUpdate();
      decrement.setArray(1, connection.createArrayOf("text", words));
      decrement.executeUpdate();
    }
  }

  /**
   * The words of {@code words} that no article uses, each with its correction (null when no corpus
   * word is similar enough); words the corpus knows are left out.
   */
  static Map<String, String> corrections(
      Connection connection, List<String> words, double minSimilarity) throws SQLException {
    Map<String, String> corrections = new HashMap<>();
    if (words.isEmpty()) {
      return corrections;
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "select t.term, best.word from unnest(?::text[]) as t(term)"
                + " cross join lateral (select kb_fold(t.term) as folded) f"
                + " left join lateral ("
                + "   select w.word from kb_word w"
                + "   where w.word % f.folded and similarity(w.word, f.folded) >= ?"
                + "   order by similarity(w.word, f.folded) desc, w.ndoc desc limit 1) best on true"
                + " where not exists (select 1 from kb_word k where k.word = f.folded)")) {
      select.setArray(1, connection.createArrayOf("text", words.toArray()));
      select.setDouble(2, minSimilarity);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          corrections.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return corrections;
  }
}

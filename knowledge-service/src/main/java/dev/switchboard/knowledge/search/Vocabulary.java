package dev.switchboard.knowledge.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the published corpus (accent-folded, unstemmed) and the typo tolerance built on
 * them: a query word that no article uses is replaced by the most similar corpus word by trigram
 * similarity ({@code pasword} → {@code password}).
 */
final class Vocabulary {

  private Vocabulary() {}

  static void add(Connection connection, String text) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into kb_word (word, ndoc)"
                + " select lexeme, 1 from unnest(to_tsvector('kb_simple', ?))"
                + " where lexeme ~ '^[[:alpha:]]{3,40}$'"
                + " on conflict (word) do update set ndoc = kb_word.ndoc + 1")) {
      insert.setString(1, text);
      insert.executeUpdate();
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

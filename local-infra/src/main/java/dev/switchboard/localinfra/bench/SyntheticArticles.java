package dev.switchboard.localinfra.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Grows a knowledge-service database to a given number of live articles for search benchmarks:
 * recombined text of the live articles already there plus a corpus vocabulary of the same size.
 * Shared by the module's {@code SearchBenchmark} (its own database) and {@code ./switchboard bench}
 * (the local stack's), which removes them afterwards: synthetic articles are created by {@value
 * #MARKER}, and the vocabulary as it was before is kept in {@value #VOCABULARY_BEFORE}.
 */
public final class SyntheticArticles {

  public static final String MARKER = "bench";
  private static final String VOCABULARY_BEFORE = "kb_bench_vocabulary_before";

  private SyntheticArticles() {}

  /** Live articles: the seeds that {@link #grow} recombines. */
  public static int live(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select count(*) from kb_search_doc")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Keeps the vocabulary as it is now, so {@link #remove} can put it back. */
  public static void keepVocabulary(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // a table left by an interrupted run holds the older, right state: keep it
      statement.execute(
          "create table if not exists " + VOCABULARY_BEFORE + " as select word, ndoc from kb_word");
    }
  }

  /** Adds synthetic live articles until there are {@code target}; returns the count. */
  public static int grow(Connection connection, int target) throws SQLException {
    int seeds = live(connection);
    if (seeds == 0) {
      throw new IllegalStateException("no live article to recombine");
    }
    int extra = Math.max(0, target - seeds);
    try (PreparedStatement articles =
            connection.prepareStatement(
                "insert into kb_article (id, status, latest_version, published_version, views,"
                    + " created_by, created_at, updated_at) select md5('bench' || g)::uuid,"
                    + " 'published', 1, 1, 0, '"
                    + MARKER
                    + "', now(), now() from generate_series(1, ?) g");
        PreparedStatement docs =
            connection.prepareStatement(
                "with seeds as (select row_number() over (order by article_id) - 1 as n,"
                    + " title, body, category, tags_text, audience from kb_search_doc)"
                    + " insert into kb_search_doc (article_id, version, title, body, category,"
                    + " tags_text, audience, language, published_at)"
                    + " select md5('bench' || g)::uuid, 1, a.title || ' ('"
                    + " || (array['Windows 11', 'macOS', 'Linux', 'London office',"
                    + " 'Berlin office', 'remote staff', 'contractors', 'finance team',"
                    + " 'sales team', 'engineering'])[1 + g % 10] || ' ' || g || ')',"
                    + " a.body || E'\\n' || b.body || E'\\nReference ' || g || ' '"
                    + " || translate(md5(g::text), '0123456789', 'ghijklmnop'),"
                    + " a.category, a.tags_text, a.audience, 'en', now()"
                    + " from generate_series(1, ?) g join seeds a on a.n = g % ?"
                    + " join seeds b on b.n = (g * 7 + 3) % ?");
        PreparedStatement words =
            connection.prepareStatement(
                "insert into kb_word (word, ndoc) select translate(substr(md5('w' || g), 1,"
                    + " 4 + g % 8), '0123456789', 'ghijklmnop'), 1 from generate_series(1, ?) g"
                    + " on conflict (word) do nothing");
        Statement statement = connection.createStatement()) {
      articles.setInt(1, extra);
      articles.executeUpdate();
      docs.setInt(1, extra);
      docs.setInt(2, seeds);
      docs.setInt(3, seeds);
      docs.executeUpdate();
      words.setInt(1, target);
      words.executeUpdate();
      statement.execute("analyze kb_article");
      statement.execute("analyze kb_search_doc");
      statement.execute("analyze kb_word");
    }
    return seeds + extra;
  }

  /** Deletes every article created by {@value #MARKER} and restores the kept vocabulary. */
  public static int remove(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      String synthetic = "select id from kb_article where created_by = '" + MARKER + "'";
      statement.executeUpdate("delete from kb_search_doc where article_id in (" + synthetic + ")");
      statement.executeUpdate(
          "delete from kb_article_version where article_id in (" + synthetic + ")");
      int removed =
          statement.executeUpdate("delete from kb_article where created_by = '" + MARKER + "'");
      try (ResultSet kept =
          statement.executeQuery("select to_regclass('" + VOCABULARY_BEFORE + "')")) {
        kept.next();
        if (kept.getString(1) != null) {
          statement.executeUpdate(
              "delete from kb_word w where not exists (select 1 from "
                  + VOCABULARY_BEFORE
                  + " b where b.word = w.word)");
          statement.executeUpdate(
              "update kb_word w set ndoc = b.ndoc from "
                  + VOCABULARY_BEFORE
                  + " b where b.word = w.word and b.ndoc <> w.ndoc");
          statement.execute("drop table " + VOCABULARY_BEFORE);
        }
      }
      statement.execute("analyze kb_search_doc");
      return removed;
    }
  }
}

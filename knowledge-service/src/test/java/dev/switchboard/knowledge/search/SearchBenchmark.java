package dev.switchboard.knowledge.search;

import dev.switchboard.knowledge.search.DemoKnowledgeBase.Judgement;
import dev.switchboard.localinfra.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Search latency at scale, not part of the test run. Loads the demo knowledge base, grows it to
 * {@code -Dbench.articles} (default 100,000) articles made of recombined demo text plus a corpus
 * vocabulary of the same size, then times every quality query {@code -Dbench.rounds} times:
 *
 * <pre>./mvnw -B -q verify -pl knowledge-service -am -Pbench -DskipTests</pre>
 *
 * Prints {@code knowledge_search articles=… queries=… p50_ms=… p95_ms=…}.
 */
public final class SearchBenchmark {

  private SearchBenchmark() {}

  public static void main(String[] args) throws SQLException {
    int articles = Integer.getInteger("bench.articles", 100_000);
    int rounds = Integer.getInteger("bench.rounds", 5);
    Path work = Path.of("target", "bench-postgres").toAbsolutePath();
    try (PostgresServer server = PostgresServer.start(0, work, true)) {
      DemoKnowledgeBase kb = DemoKnowledgeBase.load(server, "knowledge_bench");
      long loadStart = System.nanoTime();
      int total = grow(kb, articles);
      System.out.printf(
          "loaded %d articles in %.0f s%n", total, (System.nanoTime() - loadStart) / 1e9);

      List<Judgement> judgements = DemoKnowledgeBase.judgements();
      judgements.forEach(j -> kb.search(j.query(), 10));
      List<Double> millis = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (Judgement judgement : judgements) {
          long start = System.nanoTime();
          kb.search(judgement.query(), 10);
          millis.add((System.nanoTime() - start) / 1e6);
        }
      }
      double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(
          "knowledge_search articles=%d queries=%d p50_ms=%.1f p95_ms=%.1f%n",
          total, sorted.length, percentile(sorted, 50), percentile(sorted, 95));
    }
  }

  /** Adds synthetic live articles until there are {@code target}; returns the count. */
  private static int grow(DemoKnowledgeBase kb, int target) throws SQLException {
    try (Connection connection = kb.dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      var rs = statement.executeQuery("select count(*) from kb_search_doc");
      rs.next();
      int seeds = rs.getInt(1);
      int extra = Math.max(0, target - seeds);
      try (PreparedStatement articles =
              connection.prepareStatement(
                  "insert into kb_article (id, status, latest_version, published_version, views,"
                      + " created_by, created_at, updated_at) select md5('bench' || g)::uuid,"
                      + " 'published', 1, 1, 0, 'bench', now(), now()"
                      + " from generate_series(1, ?) g");
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
                      + " on conflict (word) do nothing")) {
        articles.setInt(1, extra);
        articles.executeUpdate();
        docs.setInt(1, extra);
        docs.setInt(2, seeds);
        docs.setInt(3, seeds);
        docs.executeUpdate();
        words.setInt(1, target);
        words.executeUpdate();
      }
      statement.execute("analyze");
      return seeds + extra;
    }
  }

  private static double percentile(double[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }
}

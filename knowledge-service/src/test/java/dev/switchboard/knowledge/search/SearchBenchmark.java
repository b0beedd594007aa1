package dev.switchboard.knowledge.search;

import dev.switchboard.knowledge.search.DemoKnowledgeBase.Judgement;
import dev.switchboard.localinfra.PostgresServer;
import dev.switchboard.localinfra.bench.SyntheticArticles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Search latency at scale, not part of the test run. Loads the demo knowledge base, grows it to
 * {@code -Dbench.articles} (default 100,000) articles made of recombined demo text plus a corpus
 * vocabulary of the same size, then times every quality query {@code -Dbench.rounds} times, as a
 * search and as a suggestion (typed text, the last word also a prefix):
 *
 * <pre>./mvnw -B -q verify -pl knowledge-service -am -Pbench -DskipTests</pre>
 *
 * Prints {@code knowledge_search articles=… queries=… p50_ms=… p95_ms=…} and the same for {@code
 * knowledge_suggest}.
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
      List<String> queries = judgements.stream().map(Judgement::query).toList();
      report("knowledge_search", total, rounds, queries, query -> kb.search(query, 10));
      report("knowledge_suggest", total, rounds, queries, text -> kb.suggest(text, 5));
    }
  }

  /** Times {@code call} for every query, {@code rounds} times after one untimed pass. */
  private static void report(
      String name, int articles, int rounds, List<String> queries, Consumer<String> call) {
    queries.forEach(call);
    List<Double> millis = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (String query : queries) {
        long start = System.nanoTime();
        call.accept(query);
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(
        "%s articles=%d queries=%d p50_ms=%.1f p95_ms=%.1f%n",
        name, articles, sorted.length, percentile(sorted, 50), percentile(sorted, 95));
  }

  private static int grow(DemoKnowledgeBase kb, int target) throws SQLException {
    try (Connection connection = kb.dataSource.getConnection()) {
      return SyntheticArticles.grow(connection, target);
    }
  }

  private static double percentile(double[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }
}

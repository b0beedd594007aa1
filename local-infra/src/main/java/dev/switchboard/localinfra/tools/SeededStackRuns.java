package dev.switchboard.localinfra.tools;

import dev.switchboard.localinfra.bench.SyntheticArticles;
import dev.switchboard.localinfra.bench.SyntheticTickets;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latency of the stack's read paths at scale: synthetic rows seeded straight into a service's
 * database (marked), timed through the public API, removed at the end, also after a failure; an
 * interrupted run's leftovers are removed first.
 */
final class SeededStackRuns {

  private static final String TICKET_PREFIX = "BENCH-";
  // a year no real or imported ticket of a local stack falls in
  private static final LocalDate SEEDED_YEAR = LocalDate.parse("2001-01-01");
  private static final int SEEDED_DAYS = 365;
  private static final int RECOUNT_DAYS = 7;

  private final StackClient client;
  private final String jdbcBase;

  /** {@code jdbcBase} ends with the slash before the database name. */
  SeededStackRuns(StackClient client, String jdbcBase) {
    this.client = client;
    this.jdbcBase = jdbcBase;
  }

  /**
   * Search latency at {@code articles} live articles for the quality queries. A stack without live
   * articles gets the demo knowledge base as seeds first, marked like the synthetic ones.
   */
  String knowledgeSearch(
      URI knowledge, Path demoKnowledgeBase, Path queries, int articles, int rounds)
      throws SQLException, IOException {
    try (Connection db = connect("knowledge")) {
      SyntheticArticles.remove(db);
      SyntheticArticles.keepVocabulary(db);
      try {
        long start = System.nanoTime();
        if (SyntheticArticles.live(db) == 0) {
          loadDemoSeeds(db, demoKnowledgeBase);
        }
        int total = SyntheticArticles.grow(db, articles);
        double seedSeconds = (System.nanoTime() - start) / 1e9;
        List<LoadRun.Operation> calls = new ArrayList<>();
        for (String query : queries(queries)) {
          URI uri =
              knowledge.resolve(
                  "/api/v1/search?limit=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
          calls.add(() -> client.get(uri).status() == 200);
        }
        AtomicLong errors = new AtomicLong();
        long[] nanos = LoadRun.sequential(calls, rounds, errors);
        return String.format(
                Locale.ROOT,
                "knowledge_search articles=%d queries=%d requests=%d seed_s=%.0f ",
                total,
                calls.size(),
                nanos.length,
                seedSeconds)
            + LoadRun.percentiles(nanos)
            + " errors="
            + errors.get();
      } finally {
        SyntheticArticles.remove(db);
      }
    }
  }

  /**
   * {@code /experience} latency over a seeded year of {@code tickets} tickets, by each dimension.
   */
  List<String> experience(URI metrics, int tickets, int rounds) throws Exception {
    LocalDate last = SEEDED_YEAR.plusDays(SEEDED_DAYS - 1);
    try (Connection db = connect("metrics")) {
      SyntheticTickets.remove(db, TICKET_PREFIX, SEEDED_YEAR, SEEDED_DAYS);
      // the removal marked the period dirty: have it recounted empty now, not with the seed below
      // in the one transaction of the first weekly recount
      URI period = metrics.resolve("/api/v1/experience?from=" + SEEDED_YEAR + "&to=" + last);
      int emptied = client.get(period).status();
      if (emptied != 200) {
        throw new IllegalStateException("recount of the emptied period: HTTP " + emptied);
      }
      try {
        long start = System.nanoTime();
        SyntheticTickets.insert(db, TICKET_PREFIX, tickets, SEEDED_YEAR, SEEDED_DAYS);
        long seeded = System.nanoTime();
        recount(db, metrics);
        long counted = System.nanoTime();
        List<String> lines = new ArrayList<>();
        for (String by : List.of("channel", "type", "category")) {
          URI uri =
              metrics.resolve(
                  "/api/v1/experience?from=" + SEEDED_YEAR + "&to=" + last + "&by=" + by);
          AtomicLong errors = new AtomicLong();
          long[] nanos =
              LoadRun.sequential(List.of(() -> client.get(uri).status() == 200), rounds, errors);
          lines.add(
              String.format(
                      Locale.ROOT,
                      "experience tickets=%d by=%s range_days=%d requests=%d seed_s=%.0f"
                          + " recount_s=%.0f ",
                      tickets,
                      by,
                      SEEDED_DAYS,
                      nanos.length,
                      (seeded - start) / 1e9,
                      (counted - seeded) / 1e9)
                  + LoadRun.percentiles(nanos)
                  + " errors="
                  + errors.get());
        }
        return lines;
      } finally {
        SyntheticTickets.remove(db, TICKET_PREFIX, SEEDED_YEAR, SEEDED_DAYS);
      }
    }
  }

  /**
   * Has the service recount the seeded days, a week at a time: the report recounts dirty days
   * before it answers, in one transaction that a whole year at a million tickets would outlast.
   */
  private void recount(Connection db, URI metrics) throws Exception {
    LocalDate last = SyntheticTickets.lastDay(SEEDED_YEAR, SEEDED_DAYS);
    for (LocalDate from = SEEDED_YEAR; !from.isAfter(last); from = from.plusDays(RECOUNT_DAYS)) {
      LocalDate to = from.plusDays(RECOUNT_DAYS - 1);
      to = to.isAfter(last) ? last : to;
      SyntheticTickets.markDirty(db, from, to);
      URI week = metrics.resolve("/api/v1/experience?from=" + from + "&to=" + to);
      int status = client.get(week).status();
      if (status != 200) {
        throw new IllegalStateException("recount of " + from + "…" + to + ": HTTP " + status);
      }
    }
  }

  /** The demo knowledge base (the service's own migration), relabelled so removal takes it too. */
  private static void loadDemoSeeds(Connection db, Path demoKnowledgeBase)
      throws SQLException, IOException {
    try (Statement statement = db.createStatement()) {
      statement.execute(Files.readString(demoKnowledgeBase));
      statement.executeUpdate(
          "update kb_article set created_by = '"
              + SyntheticArticles.MARKER
              + "' where created_by = 'demo'");
    }
  }

  /** The first column of the search-quality set ({@code query<TAB>expected title}). */
  private static List<String> queries(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t")[0])
        .toList();
  }

  private Connection connect(String database) throws SQLException {
    Connection connection =
        DriverManager.getConnection(jdbcBase + database, "postgres", "postgres");
    connection.setAutoCommit(true);
    return connection;
  }
}

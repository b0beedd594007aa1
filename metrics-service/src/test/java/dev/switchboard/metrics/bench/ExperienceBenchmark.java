package dev.switchboard.metrics.bench;

import dev.switchboard.localinfra.PostgresServer;
import dev.switchboard.localinfra.bench.SyntheticTickets;
import dev.switchboard.metrics.experience.DailyCounters;
import dev.switchboard.metrics.experience.Dimension;
import dev.switchboard.metrics.experience.DurationHistograms;
import dev.switchboard.metrics.experience.ExperienceQuery;
import dev.switchboard.metrics.experience.ExperienceReport;
import dev.switchboard.metrics.sql.Jdbc;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Latency of the experience report at a million tickets (not a test: run it by hand or through
 * {@code ./switchboard bench}; see docs/metrics.md). Loads one year of synthetic facts with
 * generate_series into a fresh embedded PostgreSQL (or {@code -Dbench.jdbc.url=...}), recomputes
 * the daily counters, then times the same calls the endpoint makes.
 */
public final class ExperienceBenchmark {

  private static final int TICKETS = Integer.getInteger("bench.tickets", 1_000_000);
  private static final int WARMUP = 3;
  private static final int RUNS = Integer.getInteger("bench.runs", 20);
  private static final long EXACT_MAX_FACTS = Long.getLong("bench.exact-max-facts", 20_000);
  private static final LocalDate YEAR_START = LocalDate.parse("2025-01-01");
  private static final LocalDate YEAR_END = LocalDate.parse("2025-12-31");

  private ExperienceBenchmark() {}

  public static void main(String[] args) throws SQLException {
    String url = System.getProperty("bench.jdbc.url");
    PostgresServer embedded = null;
    if (url == null) {
      embedded =
          PostgresServer.start(0, Path.of("target", "bench-postgres").toAbsolutePath(), true);
      embedded.ensureDatabase("metrics_bench");
      url = embedded.jdbcUrl("metrics_bench");
    }
    try {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setUrl(url);
      dataSource.setUser(System.getProperty("bench.jdbc.user", PostgresServer.USER));
      dataSource.setPassword(System.getProperty("bench.jdbc.password", "postgres"));
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration", "classpath:db/eventing", "classpath:db/http-api")
          .load()
          .migrate();
      Jdbc jdbc = new Jdbc(dataSource);
      DurationHistograms histograms = new DurationHistograms(jdbc);
      DailyCounters counters = new DailyCounters(jdbc, histograms, Clock.systemUTC(), 1);
      load(dataSource, jdbc, counters);
      ExperienceQuery query = new ExperienceQuery(jdbc, histograms, EXACT_MAX_FACTS);
      measure(counters, query, Dimension.CHANNEL, YEAR_END.minusDays(29), YEAR_END, "30d", RUNS);
      measure(counters, query, Dimension.CATEGORY, YEAR_END.minusDays(29), YEAR_END, "30d", RUNS);
      measure(counters, query, Dimension.GROUP, YEAR_END.minusDays(6), YEAR_END, "7d", RUNS);
      measure(counters, query, Dimension.CHANNEL, YEAR_START, YEAR_END, "365d", RUNS);
      measure(counters, query, Dimension.CATEGORY, YEAR_START, YEAR_END, "365d", RUNS);
      // the worst range for the histograms: every month but two partial, 58 days of daily rows
      measure(
          counters,
          query,
          Dimension.CATEGORY,
          YEAR_START.plusDays(1),
          YEAR_END.minusDays(1),
          "363d",
          RUNS);
      // where exact percentiles stop being cheap: the same ranges forced down either path
      ExperienceQuery exact = new ExperienceQuery(jdbc, histograms, Long.MAX_VALUE);
      ExperienceQuery estimated = new ExperienceQuery(jdbc, histograms, -1);
      for (int days : new int[] {1, 3, 7}) {
        LocalDate from = YEAR_END.minusDays(days - 1);
        measure(counters, exact, Dimension.CHANNEL, from, YEAR_END, days + "d-exact", RUNS);
        measure(counters, estimated, Dimension.CHANNEL, from, YEAR_END, days + "d-histogram", RUNS);
      }
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private static void load(DataSource dataSource, Jdbc jdbc, DailyCounters counters)
      throws SQLException {
    long start = System.nanoTime();
    jdbc.update(
        "truncate ticket_fact, interaction_fact, csat_fact, deflection_fact, experience_daily,"
            + " experience_duration_daily, experience_duration_monthly, experience_dirty_day");
    try (Connection connection = dataSource.getConnection()) {
      SyntheticTickets.insert(connection, "SD-", TICKETS, YEAR_START, 365);
      SyntheticTickets.markDirty(connection, YEAR_START, SyntheticTickets.lastDay(YEAR_START, 365));
    }
    long loaded = System.nanoTime();
    int days = counters.flush();
    jdbc.update("vacuum analyze experience_daily");
    jdbc.update("vacuum analyze experience_duration_daily");
    jdbc.update("vacuum analyze experience_duration_monthly");
    long counted = System.nanoTime();
    System.out.printf(
        "loaded tickets=%d in %d ms; daily counters and histograms of %d days recomputed in %d"
            + " ms%n",
        TICKETS, (loaded - start) / 1_000_000, days, (counted - loaded) / 1_000_000);
  }

  private static void measure(
      DailyCounters counters,
      ExperienceQuery query,
      Dimension by,
      LocalDate from,
      LocalDate to,
      String label,
      int runs) {
    List<Double> millis = new ArrayList<>();
    ExperienceReport report = null;
    for (int i = 0; i < WARMUP + runs; i++) {
      long start = System.nanoTime();
      counters.flush();
      report = query.report(from, to, by);
      double took = (System.nanoTime() - start) / 1e6;
      if (i >= WARMUP) {
        millis.add(took);
      }
    }
    Collections.sort(millis);
    System.out.printf(
        "experience tickets=%d by=%s range=%s groups=%d range_tickets=%d"
            + " median_resolution_min=%.2f p90_first_response_min=%.2f p50_ms=%.1f p95_ms=%.1f%n",
        TICKETS,
        by,
        label,
        report.groups().size(),
        report.total().tickets(),
        report.total().medianResolutionMinutes(),
        report.total().p90FirstResponseMinutes(),
        millis.get(millis.size() / 2),
        millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
  }
}

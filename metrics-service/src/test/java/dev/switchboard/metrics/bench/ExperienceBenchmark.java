package dev.switchboard.metrics.bench;

import dev.switchboard.localinfra.PostgresServer;
import dev.switchboard.metrics.experience.DailyCounters;
import dev.switchboard.metrics.experience.Dimension;
import dev.switchboard.metrics.experience.ExperienceQuery;
import dev.switchboard.metrics.experience.ExperienceReport;
import dev.switchboard.metrics.sql.Jdbc;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
  private static final LocalDate YEAR_START = LocalDate.parse("2025-01-01");
  private static final LocalDate YEAR_END = LocalDate.parse("2025-12-31");

  private ExperienceBenchmark() {}

  public static void main(String[] args) {
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
      DailyCounters counters = new DailyCounters(jdbc);
      load(jdbc, counters);
      ExperienceQuery query = new ExperienceQuery(jdbc);
      measure(counters, query, Dimension.CHANNEL, YEAR_END.minusDays(29), YEAR_END, "30d", RUNS);
      measure(counters, query, Dimension.CATEGORY, YEAR_END.minusDays(29), YEAR_END, "30d", RUNS);
      measure(counters, query, Dimension.GROUP, YEAR_END.minusDays(6), YEAR_END, "7d", RUNS);
      // a whole year reads every ticket for its percentiles: fewer runs
      measure(counters, query, Dimension.CHANNEL, YEAR_START, YEAR_END, "365d", RUNS / 4);
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private static void load(Jdbc jdbc, DailyCounters counters) {
    long start = System.nanoTime();
    jdbc.update(
        "truncate ticket_fact, interaction_fact, csat_fact, deflection_fact, experience_daily,"
            + " experience_dirty_day");
    // one year of tickets, evenly spread; durations skewed like real desks (many quick, a long
    // tail)
    jdbc.update(
        """
        insert into ticket_fact (ticket_id, number, type, category, channel, support_group,
            created_at, first_response_at, first_resolved_at, resolved_at, resolution_code,
            reopen_count, reassigned, escalated, waited_on_customer, sla_met, sla_breached)
        select gen_random_uuid(), 'SD-' || g,
            case when g % 3 = 0 then 'service_request' else 'incident' end,
            'category-' || (g % 20),
            (array['email', 'portal', 'chat', 'phone', 'api', 'walk_in'])[1 + g % 6],
            'group-' || (g % 8), c, c + random() * interval '4 hours',
            case when g % 10 <> 0 then c + d end, case when g % 10 <> 0 then c + d end,
            'code-' || (g % 4), (g % 37 = 0)::int, g % 5 = 0, g % 17 = 0, g % 7 = 0,
            g % 9 <> 0, g % 9 = 0
        from generate_series(1, ?) g,
            lateral (select timestamptz '2025-01-01 00:00:00+00'
                + (g::double precision / ?) * interval '365 days' as c,
                power(random() + g * 0, 2) * interval '5 days' as d) created
        """,
        TICKETS, TICKETS);
    jdbc.update(
        """
        insert into interaction_fact (interaction_id, ticket_id, channel, direction, visibility,
            kind, author_role, handle_seconds, at)
        select gen_random_uuid(), ticket_id, channel, 'inbound', 'public', 'contact', 'customer',
            0, created_at from ticket_fact
        union all
        select gen_random_uuid(), ticket_id, channel, 'outbound', 'public', 'reply', 'agent',
            (60 + random() * 900)::bigint, first_response_at from ticket_fact
        """);
    jdbc.update(
        """
        insert into csat_fact (event_id, ticket_id, channel, rating, at)
        select gen_random_uuid()::text, ticket_id, channel, 1 + (abs(hashtext(number)) % 5),
            resolved_at + interval '2 hours'
        from ticket_fact where resolved_at is not null and abs(hashtext(number)) % 5 = 0
        """);
    jdbc.update("vacuum analyze ticket_fact");
    jdbc.update("vacuum analyze interaction_fact");
    jdbc.update("vacuum analyze csat_fact");
    long loaded = System.nanoTime();
    jdbc.update(
        """
        insert into experience_dirty_day (day)
        select distinct created_day from ticket_fact
        union select resolved_day from ticket_fact where resolved_day is not null
        union select (at at time zone 'UTC')::date from interaction_fact
        union select (at at time zone 'UTC')::date from csat_fact
        on conflict do nothing
        """);
    int days = counters.flush();
    jdbc.update("vacuum analyze experience_daily");
    long counted = System.nanoTime();
    System.out.printf(
        "loaded tickets=%d in %d ms; daily counters of %d days recomputed in %d ms%n",
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
        "experience tickets=%d by=%s range=%s groups=%d range_tickets=%d p50_ms=%.1f p95_ms=%.1f%n",
        TICKETS,
        by,
        label,
        report.groups().size(),
        report.total().tickets(),
        millis.get(millis.size() / 2),
        millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
  }
}

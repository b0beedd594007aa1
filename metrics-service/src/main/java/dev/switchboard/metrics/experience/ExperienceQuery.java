package dev.switchboard.metrics.experience;

import dev.switchboard.metrics.experience.ExperienceReport.Durations;
import dev.switchboard.metrics.experience.ExperienceReport.GroupMeasures;
import dev.switchboard.metrics.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers the experience report: counts are sums of the pre-aggregated daily counters; medians and
 * p90s come from percentile_cont over the covering day indexes of ticket_fact (exact, and fast
 * enough at a million tickets, see docs/metrics.md).
 */
@ApplicationScoped
public class ExperienceQuery {

  private static final String TOTAL = "total";

  private final Jdbc jdbc;

  public ExperienceQuery(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public ExperienceReport report(LocalDate from, LocalDate to, Dimension by) {
    Map<String, Counters> counters = counters(from, to, by);
    Map<String, Double[]> firstResponse =
        percentiles("created_day", "first_response_minutes", from, to, by);
    Map<String, Double[]> resolution =
        percentiles("resolved_day", "resolution_minutes", from, to, by);
    GroupMeasures total =
        GroupMeasures.of(
            TOTAL,
            counters.getOrDefault(TOTAL, empty()),
            durations(firstResponse.get(TOTAL), resolution.get(TOTAL)));
    List<GroupMeasures> groups = new ArrayList<>();
    counters.keySet().stream()
        .filter(key -> !key.equals(TOTAL))
        .sorted()
        .forEach(
            key ->
                groups.add(
                    GroupMeasures.of(
                        key.substring(1),
                        counters.get(key),
                        durations(firstResponse.get(key), resolution.get(key)))));
    return new ExperienceReport(from, to, by, total, groups);
  }

  /** Group keys are prefixed with '/' so that a group literally named "total" stays apart. */
  private Map<String, Counters> counters(LocalDate from, LocalDate to, Dimension by) {
    Map<String, Counters> result = new HashMap<>();
    jdbc.query(
        """
        select dimension, key, sum(contacts) contacts, sum(tickets) tickets,
            sum(resolved) resolved, sum(first_contact_resolved) fcr, sum(reopened) reopened,
            sum(sla_measured) sla_measured, sum(sla_met) sla_met, sum(csat_1) csat_1,
            sum(csat_2) csat_2, sum(csat_3) csat_3, sum(csat_4) csat_4, sum(csat_5) csat_5,
            sum(handled_interactions) handled, sum(handle_seconds) handle_seconds,
            sum(deflections) deflections
        from experience_daily
        where dimension in ('total', ?) and day between ? and ?
        group by dimension, key
        """,
        row -> {
          String key =
              TOTAL.equals(row.getString("dimension")) ? TOTAL : "/" + row.getString("key");
          result.put(
              key,
              new Counters(
                  row.getLong("contacts"),
                  row.getLong("tickets"),
                  row.getLong("resolved"),
                  row.getLong("fcr"),
                  row.getLong("reopened"),
                  row.getLong("sla_measured"),
                  row.getLong("sla_met"),
                  new long[] {
                    row.getLong("csat_1"),
                    row.getLong("csat_2"),
                    row.getLong("csat_3"),
                    row.getLong("csat_4"),
                    row.getLong("csat_5")
                  },
                  row.getLong("handled"),
                  row.getLong("handle_seconds"),
                  row.getLong("deflections")));
          return null;
        },
        by.wireName(),
        from,
        to);
    return result;
  }

  private Map<String, Double[]> percentiles(
      String dayColumn, String minutesColumn, LocalDate from, LocalDate to, Dimension by) {
    String group = "coalesce(" + by.factColumn() + ", '" + unknownKey(by) + "')";
    Map<String, Double[]> result = new HashMap<>();
    jdbc.query(
        """
        select grouping(%1$s) = 1 as is_total, %1$s as key,
            percentile_cont(0.5) within group (order by %2$s) as p50,
            percentile_cont(0.9) within group (order by %2$s) as p90
        from ticket_fact
        where %3$s between ? and ? and %2$s is not null
        group by grouping sets ((), (%1$s))
        """
            .formatted(group, minutesColumn, dayColumn),
        row -> {
          String key = row.getBoolean("is_total") ? TOTAL : "/" + row.getString("key");
          result.put(
              key, new Double[] {Jdbc.nullableDouble(row, "p50"), Jdbc.nullableDouble(row, "p90")});
          return null;
        },
        from,
        to);
    return result;
  }

  private static String unknownKey(Dimension by) {
    return by == Dimension.GROUP ? "unassigned" : "unknown";
  }

  private static Durations durations(Double[] firstResponse, Double[] resolution) {
    if (firstResponse == null && resolution == null) {
      return Durations.NONE;
    }
    return new Durations(
        firstResponse == null ? null : firstResponse[0],
        firstResponse == null ? null : firstResponse[1],
        resolution == null ? null : resolution[0],
        resolution == null ? null : resolution[1]);
  }

  private static Counters empty() {
    return new Counters(0, 0, 0, 0, 0, 0, 0, new long[5], 0, 0, 0);
  }
}

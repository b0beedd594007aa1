package dev.switchboard.metrics.experience;

import dev.switchboard.metrics.experience.ExperienceReport.Durations;
import dev.switchboard.metrics.experience.ExperienceReport.GroupMeasures;
import dev.switchboard.metrics.experience.ExperienceReport.Percentiles;
import dev.switchboard.metrics.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers the experience report: counts are sums of the pre-aggregated daily counters. Medians and
 * p90s are exact ({@code percentile_cont} over the covering day indexes of ticket_fact) while the
 * range holds at most {@code exact-percentile-max-facts} tickets of a day column (known from the
 * counters), and estimated from the duration histograms above that, within 1 % (docs/metrics.md).
 */
@ApplicationScoped
public class ExperienceQuery {

  private static final String TOTAL = "total";

  private final Jdbc jdbc;
  private final DurationHistograms histograms;
  private final long exactPercentileMaxFacts;

  public ExperienceQuery(
      Jdbc jdbc,
      DurationHistograms histograms,
      @ConfigProperty(name = "switchboard.experience.exact-percentile-max-facts")
          long exactPercentileMaxFacts) {
    this.jdbc = jdbc;
    this.histograms = histograms;
    this.exactPercentileMaxFacts = exactPercentileMaxFacts;
  }

  public ExperienceReport report(LocalDate from, LocalDate to, Dimension by) {
    Map<String, Counters> counters = counters(from, to, by);
    Counters total = counters.getOrDefault(TOTAL, empty());
    Map<String, Map<DurationMeasure, Percentiles>> durations = new HashMap<>();
    // the facts of a day column in the range: tickets opened, or tickets first resolved
    Set<String> exactDays = new HashSet<>();
    if (total.tickets() <= exactPercentileMaxFacts) {
      exactDays.add("created_day");
    }
    if (total.resolved() <= exactPercentileMaxFacts) {
      exactDays.add("resolved_day");
    }
    exactDays.forEach(dayColumn -> exactPercentiles(dayColumn, from, to, by, durations));
    if (exactDays.size() < 2) {
      histograms
          .read(from, to, by)
          .forEach(
              (key, byMeasure) ->
                  byMeasure.forEach(
                      (measure, histogram) -> {
                        if (!exactDays.contains(measure.dayColumn())) {
                          durations
                              .computeIfAbsent(key, k -> new EnumMap<>(DurationMeasure.class))
                              .put(
                                  measure,
                                  new Percentiles(
                                      histogram.percentile(0.5), histogram.percentile(0.9)));
                        }
                      }));
    }
    GroupMeasures totalMeasures = GroupMeasures.of(TOTAL, total, durationsOf(durations, TOTAL));
    List<GroupMeasures> groups = new ArrayList<>();
    counters.keySet().stream()
        .filter(key -> !key.equals(TOTAL))
        .sorted()
        .forEach(
            key ->
                groups.add(
                    GroupMeasures.of(
                        key.substring(1), counters.get(key), durationsOf(durations, key))));
    return new ExperienceReport(from, to, by, totalMeasures, groups);
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

  /** percentile_cont of every measure counted on this day column, in one pass over its index. */
  private void exactPercentiles(
      String dayColumn,
      LocalDate from,
      LocalDate to,
      Dimension by,
      Map<String, Map<DurationMeasure, Percentiles>> into) {
    List<DurationMeasure> measures =
        Arrays.stream(DurationMeasure.values())
            .filter(measure -> measure.dayColumn().equals(dayColumn))
            .toList();
    String group = "coalesce(" + by.factColumn() + ", '" + unknownKey(by) + "')";
    String percentiles =
        measures.stream()
            .map(
                measure ->
                    """
                    percentile_cont(0.5) within group (order by %1$s) as %2$s_p50,
                    percentile_cont(0.9) within group (order by %1$s) as %2$s_p90"""
                        .formatted(measure.minutesColumn(), measure.wireName()))
            .collect(Collectors.joining(",\n"));
    jdbc.query(
        """
        select grouping(%1$s) = 1 as is_total, %1$s as key, %2$s
        from ticket_fact
        where %3$s between ? and ?
        group by grouping sets ((), (%1$s))
        """
            .formatted(group, percentiles, dayColumn),
        row -> {
          String key = row.getBoolean("is_total") ? TOTAL : "/" + row.getString("key");
          Map<DurationMeasure, Percentiles> byMeasure =
              into.computeIfAbsent(key, k -> new EnumMap<>(DurationMeasure.class));
          for (DurationMeasure measure : measures) {
            byMeasure.put(
                measure,
                new Percentiles(
                    Jdbc.nullableDouble(row, measure.wireName() + "_p50"),
                    Jdbc.nullableDouble(row, measure.wireName() + "_p90")));
          }
          return null;
        },
        from,
        to);
  }

  private static String unknownKey(Dimension by) {
    return by == Dimension.GROUP ? "unassigned" : "unknown";
  }

  private static Durations durationsOf(
      Map<String, Map<DurationMeasure, Percentiles>> durations, String key) {
    return new Durations(durations.getOrDefault(key, Map.of()));
  }

  private static Counters empty() {
    return new Counters(0, 0, 0, 0, 0, 0, 0, new long[5], 0, 0, 0);
  }
}

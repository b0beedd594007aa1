package dev.switchboard.metrics.experience;

import dev.switchboard.metrics.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Per-day duration histograms ({@code experience_duration_daily}: dimension × key × measure ×
 * {@link DurationBuckets bucket}) and their monthly sums ({@code experience_duration_monthly}),
 * recomputed with the daily counters from the dirty days. A range reads its whole months from the
 * monthly rows and only the days at its two ends from the daily ones, so any range reads at most 12
 * months and 60 days of rows per year.
 */
@ApplicationScoped
public class DurationHistograms {

  private static final String FACTS_BY_MEASURE =
      Arrays.stream(DurationMeasure.values())
          .map(
              measure ->
                  """
                  select t.%1$s as day, %2$s, '%3$s' as measure, %4$s as bucket
                  from ticket_fact t where t.%1$s = any(?) and t.%5$s is not null"""
                      .formatted(
                          measure.dayColumn(),
                          DailyCounters.TICKET_DIMENSIONS,
                          measure.wireName(),
                          DurationBuckets.sqlBucketOf("t." + measure.minutesColumn()),
                          measure.minutesColumn()))
          .collect(Collectors.joining("\nunion all\n"));

  private static final String RECOMPUTE_DAYS =
      """
      insert into experience_duration_daily (day, dimension, key, measure, bucket, facts)
      select day, %s, %s, measure, bucket, count(*)
      from (%s) facts
      group by grouping sets ((day, measure, bucket), (day, channel, measure, bucket),
          (day, type, measure, bucket), (day, category, measure, bucket),
          (day, support_group, measure, bucket))
      """
          .formatted(DailyCounters.DIMENSION, DailyCounters.KEY, FACTS_BY_MEASURE);

  /** Adds the daily rows of the given days to their months, negated when {@code sign} is -1. */
  private static final String ADD_DAYS_TO_MONTHS =
      """
      insert into experience_duration_monthly (month, dimension, key, measure, bucket, facts)
      select date_trunc('month', day)::date, dimension, key, measure, bucket, ? * sum(facts)
      from experience_duration_daily where day = any(?)
      group by 1, 2, 3, 4, 5
      on conflict (month, dimension, key, measure, bucket)
      do update set facts = experience_duration_monthly.facts + excluded.facts
      """;

  private final Jdbc jdbc;

  public DurationHistograms(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Recomputes the histograms of these days from the facts and moves their months by the
   * difference; the caller holds the refresh lock and the transaction.
   */
  void recompute(LocalDate[] days) {
    jdbc.update(ADD_DAYS_TO_MONTHS, -1, days);
    jdbc.update("delete from experience_duration_daily where day = any(?)", (Object) days);
    Object[] dayParams = new Object[DurationMeasure.values().length];
    Arrays.fill(dayParams, days);
    jdbc.update(RECOMPUTE_DAYS, dayParams);
    jdbc.update(ADD_DAYS_TO_MONTHS, 1, days);
    LocalDate[] months =
        Arrays.stream(days).map(day -> day.withDayOfMonth(1)).distinct().toArray(LocalDate[]::new);
    jdbc.update(
        "delete from experience_duration_monthly where month = any(?) and facts = 0",
        (Object) months);
  }

  /**
   * The histograms of every measure over {@code from..to}, in total (key {@code total}) and per key
   * of the dimension (keys prefixed with '/', as in the counters).
   */
  Map<String, Map<DurationMeasure, DurationHistogram>> read(
      LocalDate from, LocalDate to, Dimension by) {
    // whole months are [firstMonth, endMonth); the days before and after them come from the day
    // rows, as two plain ranges (an OR of the two would scan every day between them)
    LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate endMonth = to.plusDays(1).withDayOfMonth(1);
    boolean wholeMonths = firstMonth.isBefore(endMonth);
    LocalDate headEnd = wholeMonths ? firstMonth.minusDays(1) : to;
    LocalDate tailStart = wholeMonths ? endMonth : to.plusDays(1);
    Map<String, Map<DurationMeasure, DurationHistogram>> result = new HashMap<>();
    jdbc.query(
        """
        select dimension, key, measure, bucket, sum(facts) facts from (
            select dimension, key, measure, bucket, facts from experience_duration_monthly
            where dimension in ('total', ?) and month >= ? and month < ?
          union all
            select dimension, key, measure, bucket, facts from experience_duration_daily
            where dimension in ('total', ?) and day between ? and ?
          union all
            select dimension, key, measure, bucket, facts from experience_duration_daily
            where dimension in ('total', ?) and day between ? and ?
        ) rows
        group by dimension, key, measure, bucket
        """,
        row -> {
          String key =
              "total".equals(row.getString("dimension")) ? "total" : "/" + row.getString("key");
          result
              .computeIfAbsent(key, k -> new EnumMap<>(DurationMeasure.class))
              .computeIfAbsent(
                  DurationMeasure.fromWire(row.getString("measure")), m -> new DurationHistogram())
              .add(row.getInt("bucket"), row.getLong("facts"));
          return null;
        },
        by.wireName(),
        firstMonth,
        endMonth,
        by.wireName(),
        from,
        headEnd,
        by.wireName(),
        tailStart,
        to);
    return result;
  }
}

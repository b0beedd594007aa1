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
 * Per-day duration histograms ({@code experience_duration_daily}: one row per dimension × key ×
 * measure, the counts of its non-empty {@link DurationBuckets buckets} packed in two arrays) and
 * their monthly sums ({@code experience_duration_monthly}), recomputed with the daily counters from
 * the dirty days; the rows of a range are merged here. A range reads its whole months from the
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
      insert into experience_duration_daily (day, dimension, key, measure, buckets, facts)
      select day, dimension, key, measure, array_agg(bucket order by bucket),
          array_agg(facts order by bucket)
      from (
          select day, %s as dimension, %s as key, measure, bucket, count(*) as facts
          from (%s) facts
          group by grouping sets ((day, measure, bucket), (day, channel, measure, bucket),
              (day, type, measure, bucket), (day, category, measure, bucket),
              (day, support_group, measure, bucket))
      ) buckets
      group by day, dimension, key, measure
      """
          .formatted(DailyCounters.DIMENSION, DailyCounters.KEY, FACTS_BY_MEASURE);

  /**
   * Replaces the rows of the given months by themselves plus the daily rows of the given days
   * (negated when {@code sign} is -1), dropping the buckets left empty. The rows deleted are read
   * back whole before the aggregate yields the first replacement.
   */
  private static final String ADD_DAYS_TO_MONTHS =
      """
      with previous as (
          delete from experience_duration_monthly where month = any(?)
          returning month, dimension, key, measure, buckets, facts
      )
      insert into experience_duration_monthly (month, dimension, key, measure, buckets, facts)
      select month, dimension, key, measure, array_agg(bucket order by bucket),
          array_agg(facts order by bucket)
      from (
          select month, dimension, key, measure, bucket, sum(facts)::bigint as facts
          from (
              select p.month, p.dimension, p.key, p.measure, b.bucket, b.facts
              from previous p, unnest(p.buckets, p.facts) as b(bucket, facts)
            union all
              select date_trunc('month', d.day)::date, d.dimension, d.key, d.measure, b.bucket,
                  ? * b.facts
              from experience_duration_daily d, unnest(d.buckets, d.facts) as b(bucket, facts)
              where d.day = any(?)
          ) changes
          group by month, dimension, key, measure, bucket
          having sum(facts) <> 0
      ) buckets
      group by month, dimension, key, measure
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
    LocalDate[] months =
        Arrays.stream(days).map(day -> day.withDayOfMonth(1)).distinct().toArray(LocalDate[]::new);
    jdbc.update(ADD_DAYS_TO_MONTHS, months, -1, days);
    jdbc.update("delete from experience_duration_daily where day = any(?)", (Object) days);
    Object[] dayParams = new Object[DurationMeasure.values().length];
    Arrays.fill(dayParams, days);
    jdbc.update(RECOMPUTE_DAYS, dayParams);
    jdbc.update(ADD_DAYS_TO_MONTHS, months, 1, days);
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
        select dimension, key, measure, buckets, facts from experience_duration_monthly
        where dimension in ('total', ?) and month >= ? and month < ?
        union all
        select dimension, key, measure, buckets, facts from experience_duration_daily
        where dimension in ('total', ?) and day between ? and ?
        union all
        select dimension, key, measure, buckets, facts from experience_duration_daily
        where dimension in ('total', ?) and day between ? and ?
        """,
        row -> {
          String key =
              "total".equals(row.getString("dimension")) ? "total" : "/" + row.getString("key");
          Integer[] buckets = (Integer[]) row.getArray("buckets").getArray();
          Long[] facts = (Long[]) row.getArray("facts").getArray();
          DurationHistogram histogram =
              result
                  .computeIfAbsent(key, k -> new EnumMap<>(DurationMeasure.class))
                  .computeIfAbsent(
                      DurationMeasure.fromWire(row.getString("measure")),
                      m -> new DurationHistogram());
          for (int i = 0; i < buckets.length; i++) {
            histogram.add(buckets[i], facts[i]);
          }
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

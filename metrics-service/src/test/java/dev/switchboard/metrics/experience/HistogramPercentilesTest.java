package dev.switchboard.metrics.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.switchboard.metrics.experience.ExperienceReport.GroupMeasures;
import dev.switchboard.metrics.sql.Jdbc;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Medians and p90s (calendar and business time) read from the duration histograms agree with the
 * exact percentile_cont path within one bucket, over a seeded range (part of June, all of July,
 * part of August 2022: monthly and daily rows; days only; one month only) and after a recount of
 * changed days. Each channel has about 10,000 tickets, dense enough for the bound to hold at the
 * p90 (with a few hundred, the gap between two neighbouring tickets in the tail can be wider than a
 * bucket). The two paths are forced by the threshold given to each query (a test profile would
 * restart the application, and with it the shared test infrastructure). This class owns 2022-06-20
 * .. 2022-08-10.
 */
@QuarkusTest
class HistogramPercentilesTest {

  /** The measures of one group that the histograms estimate. */
  private static final Map<String, Function<GroupMeasures, Double>> PERCENTILES =
      Map.of(
          "medianFirstResponseMinutes", GroupMeasures::medianFirstResponseMinutes,
          "p90FirstResponseMinutes", GroupMeasures::p90FirstResponseMinutes,
          "medianResolutionMinutes", GroupMeasures::medianResolutionMinutes,
          "p90ResolutionMinutes", GroupMeasures::p90ResolutionMinutes,
          "medianFirstResponseBusinessMinutes", GroupMeasures::medianFirstResponseBusinessMinutes,
          "p90FirstResponseBusinessMinutes", GroupMeasures::p90FirstResponseBusinessMinutes,
          "medianResolutionBusinessMinutes", GroupMeasures::medianResolutionBusinessMinutes,
          "p90ResolutionBusinessMinutes", GroupMeasures::p90ResolutionBusinessMinutes);

  private static final LocalDate FROM = LocalDate.parse("2022-06-20");
  private static final LocalDate TO = LocalDate.parse("2022-08-10");
  private static final int TICKETS = 30_000;
  private static final List<String> CHANNELS = List.of("email", "phone", "portal");
  private static final double RELATIVE_ERROR = DurationBuckets.GROWTH - 1;

  @Inject AgroalDataSource dataSource;
  @Inject Jdbc jdbc;
  @Inject DurationHistograms histograms;
  @Inject DailyCounters counters;

  @Test
  void histogramMediansAndP90sAgreeWithExactOnesWithinOneBucket() throws Exception {
    seed();
    counters.flush();
    assertAgreesWithExact(TICKETS);

    // a recount of changed days moves their months: drop the phone tickets of early July
    int removed =
        jdbc.update(
            """
            delete from ticket_fact where category = 'histogram-test' and channel = 'phone'
                and created_day between '2022-07-01' and '2022-07-15'
            """);
    assertThat(removed).isPositive();
    markDirty(LocalDate.parse("2022-07-01"), TO.plusDays(30));
    counters.flush();
    assertThat(monthsDifferingFromTheirDays()).isZero();
    assertAgreesWithExact(TICKETS - removed);
    // days only (no whole month), and a whole month only
    assertAgreesWithExact(LocalDate.parse("2022-07-10"), LocalDate.parse("2022-08-05"));
    assertAgreesWithExact(LocalDate.parse("2022-07-01"), LocalDate.parse("2022-07-31"));
  }

  @Test
  void sqlPutsDurationsInTheBucketsJavaReadsThemFrom() {
    // double precision minutes from 2.5 ms to two years, each e^0.01 times the one before
    List<double[]> rows =
        jdbc.query(
            """
            select v, %s as bucket
            from (select (exp(g / 100.0) / 60)::float8 as v
                from generate_series(-600, 1800) g) durations
            """
                .formatted(DurationBuckets.sqlBucketOf("v")),
            row -> new double[] {row.getDouble("v"), row.getInt("bucket")});
    assertThat(rows).hasSize(2_401);
    for (double[] row : rows) {
      assertThat(DurationBuckets.bucketOf(row[0])).as("%s min", row[0]).isEqualTo((int) row[1]);
    }
  }

  private void assertAgreesWithExact(int tickets) {
    assertThat(assertAgreesWithExact(FROM, TO).total().tickets()).isEqualTo(tickets);
  }

  private ExperienceReport assertAgreesWithExact(LocalDate from, LocalDate to) {
    ExperienceReport exact =
        new ExperienceQuery(jdbc, histograms, Long.MAX_VALUE).report(from, to, Dimension.CHANNEL);
    ExperienceReport estimated =
        new ExperienceQuery(jdbc, histograms, -1).report(from, to, Dimension.CHANNEL);

    assertAgree(exact.total(), estimated.total());
    assertThat(estimated.groups())
        .extracting(GroupMeasures::key)
        .containsExactlyElementsOf(CHANNELS);
    for (int i = 0; i < CHANNELS.size(); i++) {
      assertAgree(exact.groups().get(i), estimated.groups().get(i));
    }
    return estimated;
  }

  /** Monthly histogram rows of the test's months that are not the sum of their daily rows. */
  private long monthsDifferingFromTheirDays() {
    return jdbc.query(
            """
            select count(*) as differing from (
                select date_trunc('month', d.day)::date as month, d.dimension, d.key, d.measure,
                    b.bucket, sum(b.facts) as facts
                from experience_duration_daily d, unnest(d.buckets, d.facts) as b(bucket, facts)
                group by 1, 2, 3, 4, 5) days
            full join (
                select m.month, m.dimension, m.key, m.measure, b.bucket, b.facts
                from experience_duration_monthly m,
                    unnest(m.buckets, m.facts) as b(bucket, facts)) months
                using (month, dimension, key, measure, bucket)
            where month between '2022-06-01' and '2022-09-01'
                and days.facts is distinct from months.facts
            """,
            row -> row.getLong("differing"))
        .get(0);
  }

  private static void assertAgree(GroupMeasures exact, GroupMeasures estimated) {
    assertThat(estimated.key()).isEqualTo(exact.key());
    PERCENTILES.forEach(
        (name, measure) -> {
          Double exactValue = measure.apply(exact);
          String what = exact.key() + "." + name;
          assertThat(exactValue).as(what).isNotNull();
          assertThat(measure.apply(estimated))
              .as(what)
              .isCloseTo(exactValue, within(exactValue * RELATIVE_ERROR));
        });
  }

  /** Tickets spread over the range: log-normal first responses and resolutions, as desks see. */
  private void seed() throws Exception {
    jdbc.update("delete from ticket_fact where category = 'histogram-test'");
    Random random = new Random(42);
    long rangeSeconds = Duration.between(FROM.atStartOfDay(), TO.atStartOfDay()).toSeconds();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                """
                insert into ticket_fact (ticket_id, number, type, category, channel,
                    created_at, first_response_at, first_resolved_at, resolved_at,
                    first_response_business_minutes, resolution_business_minutes)
                values (?, ?, 'incident', 'histogram-test', ?, ?, ?, ?, ?, ?, ?)
                """)) {
      for (int i = 0; i < TICKETS; i++) {
        Instant created =
            FROM.atStartOfDay()
                .toInstant(ZoneOffset.UTC)
                .plusSeconds((long) (random.nextDouble() * rangeSeconds));
        Instant responded = created.plusSeconds((long) (1800 * Math.exp(random.nextGaussian())));
        Instant resolved =
            created.plusSeconds((long) (28_800 * Math.exp(1.2 * random.nextGaussian())));
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, "HIST-" + i);
        insert.setString(3, CHANNELS.get(i % CHANNELS.size()));
        insert.setObject(4, created.atOffset(ZoneOffset.UTC));
        insert.setObject(5, responded.atOffset(ZoneOffset.UTC));
        // resolutions after the range fall outside it, as they would in a real report
        insert.setObject(6, resolved.atOffset(ZoneOffset.UTC));
        insert.setObject(7, resolved.atOffset(ZoneOffset.UTC));
        // business hours are about a third of calendar time, unevenly
        insert.setDouble(8, 30 * Math.exp(random.nextGaussian()) * random.nextDouble());
        insert.setDouble(9, 160 * Math.exp(1.2 * random.nextGaussian()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    markDirty(FROM, TO.plusDays(30));
  }

  private void markDirty(LocalDate from, LocalDate to) {
    jdbc.update(
        """
        insert into experience_dirty_day (day)
        select generate_series(?::date, ?::date, interval '1 day')::date
        on conflict do nothing
        """,
        from,
        to);
  }
}

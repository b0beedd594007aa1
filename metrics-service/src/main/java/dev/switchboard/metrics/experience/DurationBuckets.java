package dev.switchboard.metrics.experience;

/**
 * Log-spaced buckets of durations in minutes, each 1 % wider than the one before: bucket 0 holds
 * everything under one second, bucket {@code b >= 1} holds {@code [1 s · 1.01^(b-1), 1 s ·
 * 1.01^b)}. A year is bucket 1,736. The same edges are used in SQL ({@link #sqlBucketOf}) and in
 * Java.
 */
public final class DurationBuckets {

  /** Each bucket's upper edge over its lower edge. */
  public static final double GROWTH = 1.01;

  /** The upper edge of bucket 0: one second. */
  static final double FIRST_EDGE_MINUTES = 1.0 / 60;

  private static final double LOG_GROWTH = Math.log(GROWTH);

  private DurationBuckets() {}

  public static int bucketOf(double minutes) {
    if (minutes < FIRST_EDGE_MINUTES) {
      return 0;
    }
    return 1 + (int) Math.floor(Math.log(minutes / FIRST_EDGE_MINUTES) / LOG_GROWTH);
  }

  public static double lowerMinutes(int bucket) {
    return bucket == 0 ? 0 : FIRST_EDGE_MINUTES * Math.pow(GROWTH, bucket - 1);
  }

  public static double upperMinutes(int bucket) {
    return FIRST_EDGE_MINUTES * Math.pow(GROWTH, bucket);
  }

  /**
   * The bucket of a (non-null) minutes column as a SQL expression, the edges of {@link #bucketOf}.
   */
  static String sqlBucketOf(String minutesColumn) {
    return "case when %1$s < %2$s then 0 else 1 + floor(ln(%1$s / %2$s) / ln(%3$s))::int end"
        .formatted(minutesColumn, FIRST_EDGE_MINUTES, GROWTH);
  }
}

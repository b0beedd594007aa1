package dev.switchboard.metrics.experience;

import java.util.Arrays;

/**
 * How many durations fell in each {@link DurationBuckets} bucket, and percentiles estimated from
 * it. A percentile is located as {@code percentile_cont} does (rank {@code q · (n - 1)} among the
 * sorted values) and interpolated linearly inside its bucket, so where the values are dense (no gap
 * wider than a bucket around the rank) the estimate is off by less than one bucket's width: under 1
 * % of the true value, or under one second below one second.
 */
public final class DurationHistogram {

  /** The facts in each bucket, indexed by bucket, grown as buckets are added. */
  private long[] facts = new long[0];

  private long count;

  public void add(int bucket, long factsInBucket) {
    if (factsInBucket <= 0) {
      return;
    }
    if (bucket >= facts.length) {
      facts = Arrays.copyOf(facts, Math.max(bucket + 1, 2 * facts.length));
    }
    facts[bucket] += factsInBucket;
    count += factsInBucket;
  }

  public long count() {
    return count;
  }

  /** The estimated {@code q}-quantile (0..1) in minutes, null when the histogram is empty. */
  public Double percentile(double q) {
    if (count == 0) {
      return null;
    }
    double rank = q * (count - 1);
    long before = 0;
    for (int bucket = 0; bucket < facts.length; bucket++) {
      long inBucket = facts[bucket];
      if (rank < before + inBucket) {
        double share = (rank - before + 0.5) / inBucket;
        double lower = DurationBuckets.lowerMinutes(bucket);
        double upper = DurationBuckets.upperMinutes(bucket);
        return lower + Math.min(1, share) * (upper - lower);
      }
      before += inBucket;
    }
    throw new AssertionError("rank " + rank + " beyond " + count + " facts");
  }
}

package dev.switchboard.metrics.experience;

import java.util.Arrays;

/** The exact percentile of some values as PostgreSQL's percentile_cont computes it. */
final class PercentileCont {

  private PercentileCont() {}

  static double of(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double rank = q * (sorted.length - 1);
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
  }
}

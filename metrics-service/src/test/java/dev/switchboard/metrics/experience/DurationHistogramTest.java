package dev.switchboard.metrics.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class DurationHistogramTest {

  /** The bound the histogram promises where values are dense: one bucket, 1 % of the value. */
  private static final double RELATIVE_ERROR = DurationBuckets.GROWTH - 1;

  private static double[] sample(int n, DoubleSupplier minutes) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = minutes.getAsDouble();
    }
    return values;
  }

  private static DurationHistogram histogramOf(double[] values) {
    DurationHistogram histogram = new DurationHistogram();
    for (double value : values) {
      histogram.add(DurationBuckets.bucketOf(value), 1);
    }
    return histogram;
  }

  private static void assertPercentilesWithinOneBucket(double[] values) {
    DurationHistogram histogram = histogramOf(values);
    for (double q : new double[] {0.1, 0.5, 0.9, 0.99}) {
      double exact = PercentileCont.of(values, q);
      assertThat(histogram.percentile(q))
          .as("q=%s", q)
          .isCloseTo(exact, within(exact * RELATIVE_ERROR));
    }
  }

  @Test
  void uniformMinutesGiveMedianAndP90WithinOnePercent() {
    Random random = new Random(7);
    assertPercentilesWithinOneBucket(sample(50_000, () -> 1 + random.nextDouble() * 240));
  }

  @Test
  void logNormalResolutionTimesGiveMedianAndP90WithinOnePercent() {
    Random random = new Random(11);
    // median 8 hours, a long tail of multi-day resolutions
    assertPercentilesWithinOneBucket(
        sample(50_000, () -> 480 * Math.exp(1.2 * random.nextGaussian())));
  }

  @Test
  void exponentialFirstResponsesGiveMedianAndP90WithinOnePercent() {
    Random random = new Random(13);
    assertPercentilesWithinOneBucket(sample(50_000, () -> -30 * Math.log(1 - random.nextDouble())));
  }

  @Test
  void durationsUnderASecondAreOffByLessThanASecond() {
    Random random = new Random(17);
    double[] values = sample(10_000, () -> random.nextDouble() / 60);
    DurationHistogram histogram = histogramOf(values);
    assertThat(histogram.percentile(0.5))
        .isCloseTo(PercentileCont.of(values, 0.5), within(1.0 / 60));
  }

  @Test
  void aSingleDurationIsEstimatedInsideItsBucket() {
    DurationHistogram histogram = histogramOf(new double[] {90});
    assertThat(histogram.count()).isEqualTo(1);
    assertThat(histogram.percentile(0.5)).isCloseTo(90, within(90 * RELATIVE_ERROR));
    assertThat(histogram.percentile(0.9)).isEqualTo(histogram.percentile(0.5));
  }

  @Test
  void anEmptyHistogramHasNoPercentile() {
    assertThat(new DurationHistogram().percentile(0.5)).isNull();
  }

  @Test
  void everyBucketHoldsItsMiddleAndIsOnePercentWide() {
    for (int bucket = 1; bucket < 2_000; bucket++) {
      double lower = DurationBuckets.lowerMinutes(bucket);
      double middle = (lower + DurationBuckets.upperMinutes(bucket)) / 2;
      assertThat(DurationBuckets.bucketOf(middle)).isEqualTo(bucket);
      assertThat(DurationBuckets.upperMinutes(bucket) / lower)
          .isCloseTo(DurationBuckets.GROWTH, within(1e-9));
    }
    assertThat(DurationBuckets.bucketOf(0)).isZero();
    assertThat(DurationBuckets.bucketOf(525_600)).isEqualTo(1_736);
  }
}

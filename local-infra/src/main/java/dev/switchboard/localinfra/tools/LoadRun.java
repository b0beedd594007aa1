package dev.switchboard.localinfra.tools;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one operation from N threads for a fixed time (closed loop: each thread waits for its answer
 * before the next request) and reports throughput and latency percentiles.
 */
final class LoadRun {

  /** One thread's operation; {@code call} returns whether it succeeded. */
  interface Operation extends AutoCloseable {
    boolean call() throws Exception;

    @Override
    default void close() throws Exception {}
  }

  /** Creates each thread's operation (a connection, a client…). */
  interface OperationFactory {
    Operation open() throws Exception;
  }

  /** The result of one run, printed as one {@code name key=value…} line. */
  record Result(
      String name,
      int concurrency,
      long requests,
      double seconds,
      long[] sortedNanos,
      long errors) {

    String line() {
      return String.format(
              Locale.ROOT,
              "%s concurrency=%d requests=%d rps=%.1f ",
              name,
              concurrency,
              requests,
              requests / seconds)
          + percentiles(sortedNanos)
          + " errors="
          + errors;
    }
  }

  /** {@code p50_ms=… p95_ms=… p99_ms=…} of sorted latencies in nanoseconds. */
  static String percentiles(long[] sortedNanos) {
    return String.format(
        Locale.ROOT,
        "p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f",
        percentileMillis(sortedNanos, 0.50),
        percentileMillis(sortedNanos, 0.95),
        percentileMillis(sortedNanos, 0.99));
  }

  private static double percentileMillis(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
  }

  private LoadRun() {}

  static Result run(String name, int concurrency, Duration duration, OperationFactory factory)
      throws InterruptedException {
    List<long[]> perThread = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    CountDownLatch done = new CountDownLatch(concurrency);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    for (int t = 0; t < concurrency; t++) {
      LatencyLog log = new LatencyLog();
      new Thread(
              () -> {
                try (Operation operation = factory.open()) {
                  while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    boolean ok;
                    try {
                      ok = operation.call();
                    } catch (Exception e) {
                      ok = false;
                    }
                    log.add(System.nanoTime() - before);
                    if (!ok) {
                      errors.incrementAndGet();
                    }
                  }
                } catch (Exception e) {
                  errors.incrementAndGet();
                } finally {
                  synchronized (perThread) {
                    perThread.add(log.toArray());
                  }
                  done.countDown();
                }
              },
              name + "-" + t)
          .start();
    }
    done.await();
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(name, concurrency, all.length, seconds, all, errors.get());
  }

  /**
   * Runs every call once untimed (warm-up), then {@code rounds} times one after another; returns
   * the sorted latencies and counts failed calls in {@code errors}.
   */
  static long[] sequential(List<Operation> calls, int rounds, AtomicLong errors) {
    LatencyLog log = new LatencyLog();
    for (int round = -1; round < rounds; round++) {
      for (Operation call : calls) {
        long before = System.nanoTime();
        boolean ok;
        try {
          ok = call.call();
        } catch (Exception e) {
          ok = false;
        }
        if (round >= 0) {
          log.add(System.nanoTime() - before);
        }
        if (!ok) {
          errors.incrementAndGet();
        }
      }
    }
    long[] sorted = log.toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  /** A growable array of latencies in nanoseconds, one per thread (no sharing, no boxing). */
  private static final class LatencyLog {
    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = nanos;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}

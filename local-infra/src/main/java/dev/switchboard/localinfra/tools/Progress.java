package dev.switchboard.localinfra.tools;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Prints count, rate and ETA of a long run: in place on a console, every 5 s otherwise. */
final class Progress implements AutoCloseable {

  private final long total;
  private final AtomicLong done = new AtomicLong();
  private final long startNanos = System.nanoTime();
  private final PrintStream out;
  private final boolean console = System.console() != null;
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "progress");
            thread.setDaemon(true);
            return thread;
          });

  Progress(long total, PrintStream out) {
    this.total = total;
    this.out = out;
    ticker.scheduleAtFixedRate(this::print, 1, console ? 1 : 5, TimeUnit.SECONDS);
  }

  void step() {
    done.incrementAndGet();
  }

  double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private void print() {
    long n = done.get();
    double rate = n / Math.max(elapsedSeconds(), 1e-3);
    String eta = rate > 0 ? format(Duration.ofSeconds((long) ((total - n) / rate))) : "?";
    String line = String.format("  %d/%d  %.1f/s  ETA %s", n, total, rate, eta);
    if (console) {
      out.print("\r" + line + "   ");
    } else {
      out.println(line);
    }
  }

  private static String format(Duration d) {
    return d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "s";
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    print();
    if (console) {
      out.println();
    }
  }
}

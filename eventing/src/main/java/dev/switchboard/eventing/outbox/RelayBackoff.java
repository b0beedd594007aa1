package dev.switchboard.eventing.outbox;

import java.time.Duration;

/** Exponential back-off between failed relay attempts: 200 ms, 400 ms, … up to a ceiling. */
final class RelayBackoff {

  private final Duration initial;
  private final Duration max;
  private long consecutiveFailures;
  private long nextAttemptNanos;

  RelayBackoff(Duration initial, Duration max) {
    this.initial = initial;
    this.max = max;
  }

  synchronized boolean mayAttempt(long nowNanos) {
    return consecutiveFailures == 0 || nowNanos - nextAttemptNanos >= 0;
  }

  synchronized void succeeded() {
    consecutiveFailures = 0;
  }

  synchronized Duration failed(long nowNanos) {
    consecutiveFailures++;
    Duration wait = delayAfter(consecutiveFailures);
    nextAttemptNanos = nowNanos + wait.toNanos();
    return wait;
  }

  Duration delayAfter(long failures) {
    long shift = Math.min(failures - 1, 20);
    Duration delay = initial.multipliedBy(1L << shift);
    return delay.compareTo(max) > 0 ? max : delay;
  }
}

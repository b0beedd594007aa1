package dev.switchboard.metrics.experience;

import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the background recount of dirty days to a share of one core: a recount that took d is
 * followed by a pause of at least d × (1 / share − 1). A busy day has many facts and its recount
 * grows with them; without pacing it would run back to back and take a core from the consumers.
 * Readers never wait for the pacing: {@code /experience} recounts its dirty days itself.
 */
final class RecountPacing {

  private final double busyShare;
  private Instant notBefore = Instant.MIN;

  /**
   * @param busyShare the share of one core the background recount may take, in (0, 1]
   */
  RecountPacing(double busyShare) {
    if (!(busyShare > 0 && busyShare <= 1)) {
      throw new IllegalArgumentException("busy share must be in (0, 1], not " + busyShare);
    }
    this.busyShare = busyShare;
  }

  synchronized boolean due(Instant now) {
    return !now.isBefore(notBefore);
  }

  synchronized void ran(Instant started, Instant finished) {
    long tookMillis = Math.max(0, Duration.between(started, finished).toMillis());
    notBefore = finished.plusMillis(Math.round(tookMillis * (1 / busyShare - 1)));
  }
}

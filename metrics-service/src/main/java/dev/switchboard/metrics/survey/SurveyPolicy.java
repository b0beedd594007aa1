package dev.switchboard.metrics.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Who gets a CSAT survey and when: a deterministic sample of resolved tickets (the same ticket is
 * always in or out), at most one survey per customer per quiet period, sent after a delay.
 *
 * @param samplingRate share of resolved tickets surveyed, 0..1
 * @param delay time between resolution and sending the link
 * @param customerQuietPeriod minimum time between two surveys of one customer
 * @param expiresAfter how long a link can be answered
 * @param lowRatingThreshold ratings at or below it raise a low-rating event
 */
public record SurveyPolicy(
    double samplingRate,
    Duration delay,
    Duration customerQuietPeriod,
    Duration expiresAfter,
    int lowRatingThreshold) {

  private static final int SAMPLE_SCALE = 10_000;

  public SurveyPolicy {
    if (samplingRate < 0 || samplingRate > 1) {
      throw new IllegalArgumentException("sampling rate must be within 0..1");
    }
  }

  public boolean sampled(UUID ticketId) {
    int slot = Math.floorMod(ticketId.hashCode(), SAMPLE_SCALE);
    return slot < samplingRate * SAMPLE_SCALE;
  }

  /** True when the customer's last survey (if any) is older than the quiet period. */
  public boolean customerMayBeAsked(Optional<Instant> lastSurveyAt, Instant now) {
    return lastSurveyAt.map(last -> !last.plus(customerQuietPeriod).isAfter(now)).orElse(true);
  }

  public Instant sendAt(Instant resolvedAt) {
    return resolvedAt.plus(delay);
  }

  public Instant expiresAt(Instant sendAt) {
    return sendAt.plus(expiresAfter);
  }

  public boolean isLow(int rating) {
    return rating <= lowRatingThreshold;
  }
}

package dev.switchboard.metrics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SurveyPolicyTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private static SurveyPolicy policy(double rate) {
    return new SurveyPolicy(rate, Duration.ofHours(1), Duration.ofDays(14), Duration.ofDays(30), 2);
  }

  @Test
  void samplingRateSelectsAboutThatShareAndAlwaysTheSameTickets() {
    SurveyPolicy quarter = policy(0.25);
    long sampled =
        IntStream.range(0, 10_000)
            .mapToObj(i -> UUID.randomUUID())
            .filter(quarter::sampled)
            .count();
    assertThat(sampled).isBetween(2_200L, 2_800L);
    UUID ticket = UUID.randomUUID();
    assertThat(quarter.sampled(ticket)).isEqualTo(quarter.sampled(ticket));
    assertThat(policy(1.0).sampled(ticket)).isTrue();
    assertThat(policy(0.0).sampled(ticket)).isFalse();
  }

  @Test
  void customerIsAskedAtMostOncePerQuietPeriod() {
    SurveyPolicy policy = policy(1.0);
    assertThat(policy.customerMayBeAsked(Optional.empty(), NOW)).isTrue();
    assertThat(policy.customerMayBeAsked(Optional.of(NOW.minus(Duration.ofDays(3))), NOW))
        .isFalse();
    assertThat(policy.customerMayBeAsked(Optional.of(NOW.minus(Duration.ofDays(14))), NOW))
        .isTrue();
  }

  @Test
  void linkIsSentAfterTheDelayAndRatingsAtOrBelowTheThresholdAreLow() {
    SurveyPolicy policy = policy(1.0);
    assertThat(policy.sendAt(NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThat(policy.isLow(2)).isTrue();
    assertThat(policy.isLow(3)).isFalse();
  }

  @Test
  void samplingRateOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> policy(1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}

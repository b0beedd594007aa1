package dev.switchboard.eventing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RelayBackoffTest {

  private static final long MS = 1_000_000L;

  private final RelayBackoff backoff =
      new RelayBackoff(Duration.ofMillis(200), Duration.ofSeconds(10));

  @Test
  void delayDoublesAfterEachFailureUpToTheCeiling() {
    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(200));
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMillis(400));
    assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMillis(800));
    assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofMillis(6400));
    assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void noAttemptBeforeTheWaitAfterAFailureHasPassed() {
    long now = 5_000 * MS;
    assertThat(backoff.mayAttempt(now)).isTrue();

    assertThat(backoff.failed(now)).isEqualTo(Duration.ofMillis(200));
    assertThat(backoff.mayAttempt(now + 199 * MS)).isFalse();
    assertThat(backoff.mayAttempt(now + 200 * MS)).isTrue();

    long later = now + 200 * MS;
    assertThat(backoff.failed(later)).isEqualTo(Duration.ofMillis(400));
    assertThat(backoff.mayAttempt(later + 399 * MS)).isFalse();
    assertThat(backoff.mayAttempt(later + 400 * MS)).isTrue();
  }

  @Test
  void successResetsTheBackoff() {
    long now = 0;
    backoff.failed(now);
    backoff.failed(now);
    backoff.succeeded();

    assertThat(backoff.mayAttempt(now)).isTrue();
    assertThat(backoff.failed(now)).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void waitIsMeasuredAcrossTheNanoTimeWrapAround() {
    long now = Long.MAX_VALUE - 100 * MS;
    backoff.failed(now);

    assertThat(backoff.mayAttempt(now + 150 * MS)).isFalse();
    assertThat(backoff.mayAttempt(now + 200 * MS)).isTrue();
  }
}

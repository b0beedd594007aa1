package dev.switchboard.eventing.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConsumerTransactionsTest {

  private static final ConsumerTransactions.Backoff DEFAULT_BACKOFF =
      new ConsumerTransactions.Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));

  @Test
  void deadlocksSerializationFailuresAndStaleVersionsAreWorthAnotherAttempt() {
    assertThat(
            ConsumerTransactions.isTransient(
                new IllegalStateException(new SQLException("deadlock detected", "40P01"))))
        .isTrue();
    assertThat(ConsumerTransactions.isTransient(new SQLException("serialize", "40001"))).isTrue();
    assertThat(
            ConsumerTransactions.isTransient(new RuntimeException(new OptimisticLockException())))
        .isTrue();
  }

  @Test
  void aLostOrRefusedConnectionIsWorthAnotherAttempt() {
    // what Inbox.firstDelivery throws while PostgreSQL is away
    assertThat(
            ConsumerTransactions.isTransient(
                new IllegalStateException(
                    "inbox unavailable",
                    new SQLException("An I/O error occurred while sending", "08006"))))
        .isTrue();
    assertThat(
            ConsumerTransactions.isTransient(
                new SQLException(
                    "Exception while creating new connection",
                    new SQLException("Connection refused", "08001"))))
        .isTrue();
    assertThat(
            ConsumerTransactions.isTransient(
                new SQLException("terminating connection due to administrator command", "57P01")))
        .isTrue();
    assertThat(ConsumerTransactions.isTransient(new SQLException("starting up", "57P03"))).isTrue();
    assertThat(
            ConsumerTransactions.isTransient(
                new IllegalStateException(
                    "inbox unavailable", new SQLException("Sorry, acquisition timeout!"))))
        .isTrue();
  }

  @Test
  void brokenEventsAndConstraintViolationsAreNot() {
    assertThat(ConsumerTransactions.isTransient(new IllegalArgumentException("bad payload")))
        .isFalse();
    assertThat(
            ConsumerTransactions.isTransient(
                new IllegalStateException(new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(ConsumerTransactions.isTransient(new SQLException("no state at all"))).isFalse();
  }

  @Test
  void backoffDoublesFromItsFirstWaitUpToItsCeiling() {
    assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 50).stream().map(DEFAULT_BACKOFF::delayAfter).toList())
        .containsExactly(
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(800),
            Duration.ofMillis(1600),
            Duration.ofMillis(3200),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5));
  }

  @Test
  void defaultAttemptsWaitAboutHalfAMinuteInAll() {
    assertThat(DEFAULT_BACKOFF.totalWait(11)).isEqualTo(Duration.ofMillis(31_200));
  }

  @Test
  void aPassingFailureIsTriedAgainAfterTheBackoff() {
    List<Duration> waits = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    new ConsumerTransactions(11, DEFAULT_BACKOFF, waits::add)
        .retrying(
            "event",
            () -> {
              if (calls.incrementAndGet() < 4) {
                throw new IllegalStateException(
                    "inbox unavailable", new SQLException("gone", "08006"));
              }
            });
    assertThat(calls).hasValue(4);
    assertThat(waits)
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
  }

  @Test
  void aFailureThatStaysIsThrownAfterTheLastAttempt() {
    List<Duration> waits = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    RuntimeException gone = new IllegalStateException(new SQLException("gone", "08006"));
    assertThatThrownBy(() -> alwaysFailing(3, waits, calls, gone)).isSameAs(gone);
    assertThat(calls).hasValue(3);
    assertThat(waits).hasSize(2);
  }

  @Test
  void aFailureNoAttemptCanMendIsThrownAtOnce() {
    List<Duration> waits = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    RuntimeException broken = new IllegalArgumentException("bad payload");
    assertThatThrownBy(() -> alwaysFailing(11, waits, calls, broken)).isSameAs(broken);
    assertThat(calls).hasValue(1);
    assertThat(waits).isEmpty();
  }

  private static void alwaysFailing(
      int attempts, List<Duration> waits, AtomicInteger calls, RuntimeException failure) {
    new ConsumerTransactions(attempts, DEFAULT_BACKOFF, waits::add)
        .retrying(
            "event",
            () -> {
              calls.incrementAndGet();
              throw failure;
            });
  }
}

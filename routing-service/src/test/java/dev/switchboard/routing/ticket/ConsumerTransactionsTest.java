package dev.switchboard.routing.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConsumerTransactionsTest {

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
  void brokenEventsAndConstraintViolationsAreNot() {
    assertThat(ConsumerTransactions.isTransient(new IllegalArgumentException("bad payload")))
        .isFalse();
    assertThat(
            ConsumerTransactions.isTransient(
                new IllegalStateException(new SQLException("duplicate key", "23505"))))
        .isFalse();
  }
}

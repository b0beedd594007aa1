package dev.switchboard.routing.ticket;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Runs a consumer's effect in its own transaction and runs it again when the database refused it
 * for a passing reason (a deadlock, a serialization failure, a lock timeout, a stale optimistic
 * version). Only a failure that stays after the last attempt reaches the dead-letter topic.
 */
@ApplicationScoped
public class ConsumerTransactions {

  private static final Logger LOG = Logger.getLogger(ConsumerTransactions.class);

  /** serialization_failure, deadlock_detected, lock_not_available. */
  private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01", "55P03");

  private final int attempts;
  private final Duration backoff;

  ConsumerTransactions(
      @ConfigProperty(name = "switchboard.consumer.attempts", defaultValue = "5") int attempts,
      @ConfigProperty(name = "switchboard.consumer.backoff", defaultValue = "0.1s")
          Duration backoff) {
    this.attempts = attempts;
    this.backoff = backoff;
  }

  public void run(String what, Runnable work) {
    for (int attempt = 1; ; attempt++) {
      try {
        QuarkusTransaction.requiringNew().run(work);
        return;
      } catch (RuntimeException failure) {
        if (attempt >= attempts || !isTransient(failure)) {
          throw failure;
        }
        LOG.warnf(
            "%s failed for a passing reason (attempt %d of %d): %s",
            what, attempt, attempts, failure);
        pause(backoff.multipliedBy(attempt));
      }
    }
  }

  /** Whether the failure, or anything that caused it, says that trying again may succeed. */
  static boolean isTransient(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause instanceof PessimisticLockException
          || cause instanceof LockTimeoutException
          || cause instanceof StaleStateException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && TRANSIENT_SQL_STATES.contains(sql.getSQLState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", interrupted);
    }
  }
}

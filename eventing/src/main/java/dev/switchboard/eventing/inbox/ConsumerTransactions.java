package dev.switchboard.eventing.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Runs a consumer's effect, together with its inbox claim, in its own transaction, and runs it
 * again when the database refused it for a passing reason: a deadlock, a serialization failure, a
 * lock timeout, a stale optimistic version, or a lost or refused connection (PostgreSQL restarting,
 * the pool out of connections). Waits grow from {@code switchboard.consumer.backoff}, doubling up
 * to {@code switchboard.consumer.max-backoff}, for at most {@code switchboard.consumer.attempts}
 * attempts. The consumer's thread waits meanwhile, so the partition's order holds; only a failure
 * that stays after the last attempt, or one that no attempt can mend, reaches the dead-letter
 * topic.
 */
@ApplicationScoped
public class ConsumerTransactions {

  private static final Logger LOG = Logger.getLogger(ConsumerTransactions.class);

  /**
   * serialization_failure, deadlock_detected, lock_not_available; admin_shutdown, crash_shutdown,
   * cannot_connect_now (PostgreSQL stopping or starting). Class 08 (connection exception) is
   * matched by its prefix.
   */
  private static final Set<String> TRANSIENT_SQL_STATES =
      Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03");

  /** What Agroal says, without an SQLState, when no connection came within the timeout. */
  private static final String ACQUISITION_TIMEOUT = "Sorry, acquisition timeout";

  private final int attempts;
  private final Backoff backoff;
  private final Sleeper sleeper;

  @Inject
  ConsumerTransactions(
      @ConfigProperty(name = "switchboard.consumer.attempts", defaultValue = "11") int attempts,
      @ConfigProperty(name = "switchboard.consumer.backoff", defaultValue = "0.2s")
          Duration backoff,
      @ConfigProperty(name = "switchboard.consumer.max-backoff", defaultValue = "5s")
          Duration maxBackoff) {
    this(attempts, new Backoff(backoff, maxBackoff), ConsumerTransactions::pause);
  }

  ConsumerTransactions(int attempts, Backoff backoff, Sleeper sleeper) {
    if (attempts < 1) {
      throw new IllegalArgumentException("switchboard.consumer.attempts must be at least 1");
    }
    this.attempts = attempts;
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  /** Runs {@code work} in a new transaction, again after a passing failure. */
  public void run(String what, Runnable work) {
    retrying(what, () -> QuarkusTransaction.requiringNew().run(work));
  }

  void retrying(String what, Runnable attempt) {
    for (int failures = 0; ; ) {
      try {
        attempt.run();
        if (failures > 0) {
          LOG.infof("%s succeeded at attempt %d", what, failures + 1);
        }
        return;
      } catch (RuntimeException failure) {
        failures++;
        if (failures >= attempts || !isTransient(failure)) {
          throw failure;
        }
        Duration wait = backoff.delayAfter(failures);
        LOG.warnf(
            "%s failed for a passing reason (attempt %d of %d), again in %d ms: %s",
            what, failures, attempts, wait.toMillis(), rootOf(failure));
        sleeper.sleep(wait);
      }
    }
  }

  /** Whether the failure, or anything that caused it, says that trying again may succeed. */
  static boolean isTransient(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause instanceof PessimisticLockException
          || cause instanceof LockTimeoutException
          || cause instanceof StaleStateException
          || cause instanceof SQLTransientException
          || cause instanceof SQLRecoverableException) {
        return true;
      }
      if (cause instanceof SQLException sql && isTransient(sql)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static boolean isTransient(SQLException sql) {
    String state = sql.getSQLState();
    if (state != null) {
      return state.startsWith("08") || TRANSIENT_SQL_STATES.contains(state);
    }
    return sql.getMessage() != null && sql.getMessage().startsWith(ACQUISITION_TIMEOUT);
  }

  private static Throwable rootOf(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", interrupted);
    }
  }

  /** Exponential back-off: the first wait, doubled after every further failure, up to a ceiling. */
  record Backoff(Duration initial, Duration max) {

    Duration delayAfter(int failures) {
      int shift = Math.min(Math.max(failures - 1, 0), 30);
      Duration delay = initial.multipliedBy(1L << shift);
      return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The whole wait when every one of {@code attempts} attempts fails. */
    Duration totalWait(int attempts) {
      Duration total = Duration.ZERO;
      for (int failures = 1; failures < attempts; failures++) {
        total = total.plus(delayAfter(failures));
      }
      return total;
    }
  }

  /** How a retry waits (a test does not). */
  interface Sleeper {
    void sleep(Duration duration);
  }
}

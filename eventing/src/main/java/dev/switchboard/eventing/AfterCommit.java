package dev.switchboard.eventing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must follow the caller's JTA transaction only once it has committed: a wake-up for rows
 * it wrote, a cache entry for what it decided. After a rollback nothing runs, so a retried
 * transaction starts from the same state.
 */
@ApplicationScoped
public class AfterCommit {

  private final TransactionSynchronizationRegistry transactions;

  public AfterCommit(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
  }

  /** Runs {@code action} after the current transaction commits. */
  public void run(Runnable action) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              action.run();
            }
          }
        });
  }

  /** As {@link #run}, but at most once per transaction for the same {@code key}. */
  public void once(Object key, Runnable action) {
    if (transactions.getResource(key) != null) {
      return;
    }
    transactions.putResource(key, Boolean.TRUE);
    run(action);
  }
}

package dev.switchboard.eventing;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One JTA transaction's synchronization registry, completed by the test. */
public final class OneTransaction implements TransactionSynchronizationRegistry {
  private final Map<Object, Object> resources = new HashMap<>();
  private final List<Synchronization> synchronizations = new ArrayList<>();

  /** Ends the transaction with this status, as the transaction manager would. */
  public void complete(int status) {
    synchronizations.forEach(s -> s.afterCompletion(status));
  }

  /** What was registered to run at completion. */
  public List<Synchronization> synchronizations() {
    return synchronizations;
  }

  @Override
  public Object getTransactionKey() {
    return this;
  }

  @Override
  public void putResource(Object key, Object value) {
    resources.put(key, value);
  }

  @Override
  public Object getResource(Object key) {
    return resources.get(key);
  }

  @Override
  public void registerInterposedSynchronization(Synchronization sync) {
    synchronizations.add(sync);
  }

  @Override
  public int getTransactionStatus() {
    return Status.STATUS_ACTIVE;
  }

  @Override
  public void setRollbackOnly() {}

  @Override
  public boolean getRollbackOnly() {
    return false;
  }
}

package dev.switchboard.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AfterCommitTest {

  @Test
  void runsOnlyOnceTheTransactionHasCommitted() {
    OneTransaction transaction = new OneTransaction();
    AtomicInteger runs = new AtomicInteger();

    new AfterCommit(transaction).run(runs::incrementAndGet);

    assertThat(runs).hasValue(0);
    transaction.complete(Status.STATUS_COMMITTED);
    assertThat(runs).hasValue(1);
  }

  @Test
  void nothingRunsAfterARollback() {
    OneTransaction transaction = new OneTransaction();
    AtomicInteger runs = new AtomicInteger();

    new AfterCommit(transaction).run(runs::incrementAndGet);
    transaction.complete(Status.STATUS_ROLLEDBACK);

    assertThat(runs).hasValue(0);
  }

  @Test
  void onceRegistersOneActionPerKeyAndTransaction() {
    OneTransaction transaction = new OneTransaction();
    AfterCommit afterCommit = new AfterCommit(transaction);
    AtomicInteger runs = new AtomicInteger();

    afterCommit.once("wake-up", runs::incrementAndGet);
    afterCommit.once("wake-up", runs::incrementAndGet);
    afterCommit.once("other", runs::incrementAndGet);
    transaction.complete(Status.STATUS_COMMITTED);

    assertThat(transaction.synchronizations()).hasSize(2);
    assertThat(runs).hasValue(2);
  }
}

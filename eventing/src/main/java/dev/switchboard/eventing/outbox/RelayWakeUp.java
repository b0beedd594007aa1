package dev.switchboard.eventing.outbox;

import dev.switchboard.eventing.AfterCommit;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts a relay pass as soon as a transaction that wrote outbox rows has committed, instead of
 * waiting for the next poll. Wake-ups coalesce: however many transactions commit while a pass is
 * queued, one more pass follows, and it drains them all.
 */
@ApplicationScoped
public class RelayWakeUp {

  private static final Object REGISTERED = RelayWakeUp.class;

  private final AfterCommit afterCommit;
  private final OutboxRelay relay;
  private final boolean enabled;
  private final AtomicBoolean queued = new AtomicBoolean();
  private final ExecutorService passes =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "outbox-relay-wake-up");
            thread.setDaemon(true);
            return thread;
          });

  RelayWakeUp(AfterCommit afterCommit, OutboxRelay relay, RelaySwitch relaySwitch) {
    this.afterCommit = afterCommit;
    this.relay = relay;
    this.enabled = relaySwitch.enabled();
  }

  /** Asks for a pass once the caller's transaction commits (once per transaction). */
  void afterCommit() {
    if (enabled) {
      afterCommit.once(REGISTERED, this::wake);
    }
  }

  private void wake() {
    if (queued.compareAndSet(false, true)) {
      passes.execute(
          () -> {
            queued.set(false);
            relay.relayNow();
          });
    }
  }

  /** Lets a running pass finish (its rows are then deleted, not sent twice) and takes no more. */
  void onStop(@Observes ShutdownEvent event) throws InterruptedException {
    passes.shutdown();
    passes.awaitTermination(10, TimeUnit.SECONDS);
  }
}

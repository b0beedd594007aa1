package dev.switchboard.routing.sla;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Polls the database for due SLA work. Nothing is kept in memory between runs, so a restart (or a
 * second replica) picks up exactly what is due and nothing twice.
 */
@ApplicationScoped
public class SlaScheduler {

  private final SlaService sla;

  SlaScheduler(SlaService sla) {
    this.sla = sla;
  }

  @Scheduled(
      every = "${switchboard.sla.scan-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  public void scan() {
    int claimed;
    do {
      claimed = QuarkusTransaction.requiringNew().call(sla::fireDue);
    } while (claimed == sla.batchSize());
  }
}

package dev.switchboard.intake.ticket;

import dev.switchboard.intake.config.IntakeConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Closes resolved tickets after the quiet period. Stateless: every run asks the database which
 * tickets are due, so a restart or a second replica loses and doubles nothing (each ticket is
 * locked and re-checked in its own transaction).
 */
@ApplicationScoped
public class AutoClose {

  private static final Logger LOG = Logger.getLogger(AutoClose.class);
  private static final int BATCH = 200;

  private final TicketLifecycle lifecycle;
  private final Clock clock;
  private final Duration quietPeriod;

  AutoClose(TicketLifecycle lifecycle, Clock clock, IntakeConfig config) {
    this.lifecycle = lifecycle;
    this.clock = clock;
    this.quietPeriod = config.lifecycle().autoCloseAfter();
  }

  @Scheduled(
      every = "${switchboard.intake.lifecycle.auto-close-every:5m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void run() {
    closeQuietTickets();
  }

  /** Closes every ticket that is due now; returns how many were closed. */
  public int closeQuietTickets() {
    Instant due = clock.instant().minus(quietPeriod);
    List<UUID> candidates =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Ticket.<Ticket>find(
                            "status = ?1 and resolvedAt < ?2 order by resolvedAt",
                            TicketStatus.RESOLVED,
                            due)
                        .page(0, BATCH)
                        .list()
                        .stream()
                        .map(t -> t.id)
                        .toList());
    int closed = 0;
    for (UUID id : candidates) {
      try {
        if (QuarkusTransaction.requiringNew().call(() -> closeIfStillDue(id, due))) {
          closed++;
        }
      } catch (RuntimeException e) {
        LOG.warnf(e, "auto-close of ticket %s failed; retried on the next run", id);
      }
    }
    return closed;
  }

  private boolean closeIfStillDue(UUID id, Instant due) {
    Ticket ticket = Ticket.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (ticket == null
        || ticket.status != TicketStatus.RESOLVED
        || !ticket.resolvedAt.isBefore(due)) {
      return false;
    }
    lifecycle.closeQuiet(ticket);
    return true;
  }
}

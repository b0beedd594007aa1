package dev.switchboard.intake.ticket;

import static dev.switchboard.intake.ticket.TicketStatus.ASSIGNED;
import static dev.switchboard.intake.ticket.TicketStatus.CLOSED;
import static dev.switchboard.intake.ticket.TicketStatus.IN_PROGRESS;
import static dev.switchboard.intake.ticket.TicketStatus.NEW;
import static dev.switchboard.intake.ticket.TicketStatus.PENDING;
import static dev.switchboard.intake.ticket.TicketStatus.REOPENED;
import static dev.switchboard.intake.ticket.TicketStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.httpapi.problem.ApiProblem;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketStatusTest {

  @Test
  void theHappyPathOfTheContractIsAllowed() {
    assertThat(NEW.canMoveTo(ASSIGNED)).isTrue();
    assertThat(ASSIGNED.canMoveTo(IN_PROGRESS)).isTrue();
    assertThat(IN_PROGRESS.canMoveTo(PENDING)).isTrue();
    assertThat(PENDING.canMoveTo(IN_PROGRESS)).isTrue();
    assertThat(IN_PROGRESS.canMoveTo(RESOLVED)).isTrue();
    assertThat(RESOLVED.canMoveTo(CLOSED)).isTrue();
    assertThat(RESOLVED.canMoveTo(REOPENED)).isTrue();
    assertThat(REOPENED.canMoveTo(IN_PROGRESS)).isTrue();
  }

  @Test
  void closedIsFinalAndNewCannotSkipToClosedOrPending() {
    assertThat(CLOSED.next()).isEmpty();
    assertThat(NEW.canMoveTo(CLOSED)).isFalse();
    assertThat(NEW.canMoveTo(PENDING)).isFalse();
    assertThat(IN_PROGRESS.canMoveTo(REOPENED)).isFalse();
    assertThat(PENDING.canMoveTo(CLOSED)).isFalse();
    assertThat(RESOLVED.canMoveTo(IN_PROGRESS)).isFalse();
    for (TicketStatus status : TicketStatus.values()) {
      assertThat(status.canMoveTo(NEW)).as("%s -> new", status).isFalse();
    }
  }

  @Test
  void anIllegalMoveIsA409AndChangesNothing() {
    Ticket ticket = new Ticket();
    ticket.status = NEW;
    assertThatThrownBy(() -> ticket.moveTo(CLOSED, Instant.now()))
        .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(409));
    assertThat(ticket.status).isEqualTo(NEW);
  }

  @Test
  void reopeningCountsAndClearsTheResolution() {
    Ticket ticket = new Ticket();
    ticket.status = IN_PROGRESS;
    Instant now = Instant.parse("2026-03-02T09:15:00Z");
    ticket.resolve("solved", "reset", null, now);
    assertThat(ticket.withinReopenWindow(Duration.ofDays(7), now.plus(Duration.ofDays(6))))
        .isTrue();
    assertThat(ticket.withinReopenWindow(Duration.ofDays(7), now.plus(Duration.ofDays(8))))
        .isFalse();

    ticket.moveTo(REOPENED, now.plusSeconds(60));

    assertThat(ticket.reopenedCount).isEqualTo(1);
    assertThat(ticket.resolutionCode).isNull();
    assertThat(ticket.resolvedAt).isNull();
  }

  @Test
  void wireNamesAreSnakeCase() {
    assertThat(IN_PROGRESS.wire()).isEqualTo("in_progress");
    assertThat(IN_PROGRESS.toString()).isEqualTo("in_progress");
  }
}

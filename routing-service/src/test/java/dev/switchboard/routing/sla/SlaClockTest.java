package dev.switchboard.routing.sla;

import static dev.switchboard.routing.sla.BusinessCalendarTest.BERLIN;
import static dev.switchboard.routing.sla.BusinessCalendarTest.MON_FRI;
import static dev.switchboard.routing.sla.BusinessCalendarTest.calendar;
import static dev.switchboard.routing.sla.BusinessCalendarTest.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  static final BusinessCalendar OFFICE = calendar(BERLIN, MON_FRI, Set.of(), "08:00-18:00");

  static SlaClock clock(Instant start, Duration target) {
    return SlaClock.start(
        UUID.randomUUID(),
        SlaClock.RESOLUTION,
        "p3",
        "office",
        target,
        new BigDecimal("0.75"),
        start,
        OFFICE);
  }

  @Test
  void warningComesAtThreeQuartersOfTheTargetInBusinessTime() {
    SlaClock clock = clock(local("2026-12-07T16:00", BERLIN), Duration.ofHours(4));

    assertThat(clock.dueAt).isEqualTo(local("2026-12-08T10:00", BERLIN));
    assertThat(clock.nextWarningAt).isEqualTo(local("2026-12-08T09:00", BERLIN));
    assertThat(clock.nextBreachAt).isEqualTo(clock.dueAt);
  }

  @Test
  void pauseAcrossTheWeekendMovesTheDueTimeByTheBusinessTimeLeft() {
    SlaClock clock = clock(local("2026-12-04T16:00", BERLIN), Duration.ofHours(4));

    clock.pause(local("2026-12-04T17:00", BERLIN), OFFICE);
    assertThat(clock.state).isEqualTo(SlaClock.PAUSED);
    assertThat(clock.nextWarningAt).isNull();
    assertThat(clock.nextBreachAt).isNull();
    assertThat(clock.businessTimeElapsed(local("2026-12-07T12:00", BERLIN), OFFICE))
        .isEqualTo(Duration.ofHours(1));

    clock.resume(local("2026-12-07T10:00", BERLIN), OFFICE);

    assertThat(clock.state).isEqualTo(SlaClock.RUNNING);
    assertThat(clock.dueAt).isEqualTo(local("2026-12-07T13:00", BERLIN));
    assertThat(clock.nextWarningAt).isEqualTo(local("2026-12-07T12:00", BERLIN));
  }

  @Test
  void stoppingBeforeTheDueTimeMeetsTheTarget() {
    SlaClock clock = clock(local("2026-12-07T09:00", BERLIN), Duration.ofHours(4));

    assertThat(clock.stop(local("2026-12-07T12:59", BERLIN), OFFICE)).isTrue();
    assertThat(clock.state).isEqualTo(SlaClock.MET);
    assertThat(clock.nextBreachAt).isNull();
    assertThat(clock.stop(local("2026-12-07T13:30", BERLIN), OFFICE)).isFalse();
  }

  @Test
  void stoppingAfterABreachStaysBreached() {
    SlaClock clock = clock(local("2026-12-07T09:00", BERLIN), Duration.ofHours(4));
    clock.markWarned();
    clock.markBreached();

    assertThat(clock.stop(local("2026-12-07T15:00", BERLIN), OFFICE)).isFalse();
    assertThat(clock.state).isEqualTo(SlaClock.BREACHED);
    assertThat(clock.businessTimeElapsed(local("2026-12-08T15:00", BERLIN), OFFICE))
        .isEqualTo(Duration.ofHours(6));
  }

  @Test
  void warningAlreadySentIsNotScheduledAgainAfterAPause() {
    SlaClock clock = clock(local("2026-12-07T09:00", BERLIN), Duration.ofHours(4));
    clock.markWarned();
    clock.pause(local("2026-12-07T12:30", BERLIN), OFFICE);
    clock.resume(local("2026-12-07T14:00", BERLIN), OFFICE);

    assertThat(clock.nextWarningAt).isNull();
    assertThat(clock.dueAt).isEqualTo(local("2026-12-07T14:30", BERLIN));
  }

  @Test
  void reopenedTicketRestartsItsResolutionClockWithTheTimeAlreadySpent() {
    SlaClock clock = clock(local("2026-12-07T09:00", BERLIN), Duration.ofHours(4));
    clock.stop(local("2026-12-07T10:00", BERLIN), OFFICE);

    clock.restart(local("2026-12-08T09:00", BERLIN), OFFICE);

    assertThat(clock.state).isEqualTo(SlaClock.RUNNING);
    assertThat(clock.dueAt).isEqualTo(local("2026-12-08T12:00", BERLIN));
  }

  @Test
  void higherPriorityTightensTheTargetKeepingTheTimeSpent() {
    SlaClock clock = clock(local("2026-12-07T09:00", BERLIN), Duration.ofHours(8));
    BusinessCalendar always = BusinessCalendar.always(BERLIN);

    clock.retarget(
        "p1", "24x7", Duration.ofHours(4), local("2026-12-07T11:00", BERLIN), OFFICE, always);

    assertThat(clock.dueAt).isEqualTo(local("2026-12-07T13:00", BERLIN));
    assertThat(clock.target).isEqualTo("PT4H");
  }
}

package dev.switchboard.routing.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.routing.sla.BusinessCalendar.Segment;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static BusinessCalendar calendar(
      ZoneId zone, Set<DayOfWeek> days, Set<LocalDate> holidays, String... segments) {
    Map<DayOfWeek, List<Segment>> week = new EnumMap<>(DayOfWeek.class);
    List<Segment> parsed = java.util.Arrays.stream(segments).map(Segment::parse).toList();
    days.forEach(day -> week.put(day, parsed));
    return new BusinessCalendar(zone, week, holidays);
  }

  static final Set<DayOfWeek> MON_FRI =
      Set.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);

  static Instant local(String dateTime, ZoneId zone) {
    return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
  }

  @Nested
  class DaylightSaving {

    @Test
    void roundTheClockDayInBerlinSpringForwardHas23Hours() {
      BusinessCalendar always = BusinessCalendar.always(BERLIN);
      Instant saturdayNoon = local("2026-03-28T12:00", BERLIN);

      assertThat(always.between(saturdayNoon, local("2026-03-29T12:00", BERLIN)))
          .isEqualTo(Duration.ofHours(23));
      assertThat(always.plus(saturdayNoon, Duration.ofHours(24)))
          .isEqualTo(local("2026-03-29T13:00", BERLIN));
    }

    @Test
    void roundTheClockDayInBerlinFallBackHas25Hours() {
      BusinessCalendar always = BusinessCalendar.always(BERLIN);
      Instant saturdayNoon = local("2026-10-24T12:00", BERLIN);

      assertThat(always.between(saturdayNoon, local("2026-10-25T12:00", BERLIN)))
          .isEqualTo(Duration.ofHours(25));
      assertThat(always.plus(saturdayNoon, Duration.ofHours(24)))
          .isEqualTo(local("2026-10-25T11:00", BERLIN));
    }

    @Test
    void officeHoursAcrossBerlinSpringForwardKeepWallClockOpening() {
      BusinessCalendar office = calendar(BERLIN, MON_FRI, Set.of(), "08:00-18:00");
      Instant friday = local("2026-03-27T17:00", BERLIN);

      Instant due = office.plus(friday, Duration.ofHours(2));

      assertThat(due).isEqualTo(local("2026-03-30T09:00", BERLIN));
      assertThat(due).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
      assertThat(office.between(friday, due)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void officeHoursAcrossBerlinFallBackKeepWallClockOpening() {
      BusinessCalendar office = calendar(BERLIN, MON_FRI, Set.of(), "08:00-18:00");

      Instant due = office.plus(local("2026-10-23T17:30", BERLIN), Duration.ofHours(1));

      assertThat(due).isEqualTo(Instant.parse("2026-10-26T07:30:00Z"));
    }

    @Test
    void nightSegmentInNewYorkSpringForwardLosesAnHour() {
      BusinessCalendar nights =
          calendar(NEW_YORK, Set.of(DayOfWeek.SUNDAY), Set.of(), "00:00-06:00");
      Instant midnight = local("2026-03-08T00:00", NEW_YORK);

      assertThat(nights.between(midnight, local("2026-03-08T06:00", NEW_YORK)))
          .isEqualTo(Duration.ofHours(5));
      assertThat(nights.plus(midnight, Duration.ofHours(3)))
          .isEqualTo(Instant.parse("2026-03-08T08:00:00Z"))
          .isEqualTo(local("2026-03-08T04:00", NEW_YORK));
    }

    @Test
    void nightSegmentInNewYorkFallBackGainsAnHour() {
      BusinessCalendar nights =
          calendar(NEW_YORK, Set.of(DayOfWeek.SUNDAY), Set.of(), "00:00-06:00");
      Instant midnight = local("2026-11-01T00:00", NEW_YORK);

      assertThat(nights.between(midnight, local("2026-11-01T06:00", NEW_YORK)))
          .isEqualTo(Duration.ofHours(7));
      assertThat(nights.plus(midnight, Duration.ofHours(7)))
          .isEqualTo(local("2026-11-01T06:00", NEW_YORK));
    }

    @Test
    void segmentStartingInsideTheNewYorkGapStartsAfterTheGap() {
      BusinessCalendar early =
          calendar(NEW_YORK, Set.of(DayOfWeek.SUNDAY), Set.of(), "02:30-05:00");

      assertThat(
              early.between(
                  local("2026-03-08T00:00", NEW_YORK), local("2026-03-08T12:00", NEW_YORK)))
          .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void newYorkOfficeHoursAcrossFallBackWeekend() {
      BusinessCalendar office = calendar(NEW_YORK, MON_FRI, Set.of(), "09:00-17:00");

      Instant due = office.plus(local("2026-10-30T16:00", NEW_YORK), Duration.ofHours(2));

      assertThat(due).isEqualTo(local("2026-11-02T10:00", NEW_YORK));
      assertThat(due).isEqualTo(Instant.parse("2026-11-02T15:00:00Z"));
    }
  }

  @Nested
  class Weekdays {

    @Test
    void ticketOpenedFridayEveningWithMondayToThursdayCalendarWaitsForMonday() {
      BusinessCalendar monToThu =
          calendar(
              BERLIN,
              Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
              Set.of(),
              "08:00-18:00");
      Instant fridayEvening = local("2026-12-04T17:55", BERLIN);

      assertThat(monToThu.isOpen(fridayEvening)).isFalse();
      assertThat(monToThu.plus(fridayEvening, Duration.ofHours(1)))
          .isEqualTo(local("2026-12-07T09:00", BERLIN));
      assertThat(monToThu.between(fridayEvening, local("2026-12-07T09:00", BERLIN)))
          .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void ticketOpenedFridayEveningWithMondayToFridayCalendarUsesTheLastFiveMinutes() {
      BusinessCalendar office = calendar(BERLIN, MON_FRI, Set.of(), "08:00-18:00");

      assertThat(office.plus(local("2026-12-04T17:55", BERLIN), Duration.ofHours(1)))
          .isEqualTo(local("2026-12-07T08:55", BERLIN));
    }

    @Test
    void createdOnSaturdayStartsCountingAtMondayOpening() {
      BusinessCalendar office = calendar(BERLIN, MON_FRI, Set.of(), "08:00-18:00");

      assertThat(office.plus(local("2026-12-05T10:00", BERLIN), Duration.ofMinutes(30)))
          .isEqualTo(local("2026-12-07T08:30", BERLIN));
    }

    @Test
    void createdBeforeOpeningStartsCountingAtOpening() {
      BusinessCalendar office = calendar(BERLIN, MON_FRI, Set.of(), "08:00-18:00");

      assertThat(office.plus(local("2026-12-08T06:00", BERLIN), Duration.ofHours(1)))
          .isEqualTo(local("2026-12-08T09:00", BERLIN));
      assertThat(
              office.between(local("2026-12-08T06:00", BERLIN), local("2026-12-08T08:00", BERLIN)))
          .isZero();
    }

    @Test
    void dueExactlyAtClosingIsThatEveningNotNextMorning() {
      BusinessCalendar office = calendar(BERLIN, MON_FRI, Set.of(), "08:00-18:00");

      assertThat(office.plus(local("2026-12-07T17:00", BERLIN), Duration.ofHours(1)))
          .isEqualTo(local("2026-12-07T18:00", BERLIN));
    }

    @Test
    void weekendOnlyCalendarSkipsTheWorkingWeek() {
      BusinessCalendar weekend =
          calendar(BERLIN, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(), "10:00-14:00");

      assertThat(weekend.plus(local("2026-12-06T13:00", BERLIN), Duration.ofHours(2)))
          .isEqualTo(local("2026-12-12T11:00", BERLIN));
    }
  }

  @Nested
  class HolidaysAndSplitDays {

    @Test
    void holidaysInsideTheWindowAreSkipped() {
      BusinessCalendar office =
          calendar(
              BERLIN,
              MON_FRI,
              Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")),
              "08:00-18:00");
      Instant wednesday = local("2026-12-23T17:00", BERLIN);

      Instant due = office.plus(wednesday, Duration.ofHours(4));

      assertThat(due).isEqualTo(local("2026-12-28T11:00", BERLIN));
      assertThat(office.between(wednesday, due)).isEqualTo(Duration.ofHours(4));
      assertThat(office.isOpen(local("2026-12-24T10:00", BERLIN))).isFalse();
    }

    @Test
    void lunchBreakOfASplitDayDoesNotCount() {
      BusinessCalendar split = calendar(BERLIN, MON_FRI, Set.of(), "08:00-12:00", "13:00-17:00");

      assertThat(split.plus(local("2026-12-07T11:30", BERLIN), Duration.ofHours(1)))
          .isEqualTo(local("2026-12-07T13:30", BERLIN));
      assertThat(
              split.between(local("2026-12-07T11:00", BERLIN), local("2026-12-07T14:00", BERLIN)))
          .isEqualTo(Duration.ofHours(2));
      assertThat(split.isOpen(local("2026-12-07T12:30", BERLIN))).isFalse();
    }

    @Test
    void amountEndingAtTheLunchBreakEndsAtTheBreak() {
      BusinessCalendar split = calendar(BERLIN, MON_FRI, Set.of(), "08:00-12:00", "13:00-17:00");

      assertThat(split.plus(local("2026-12-07T08:00", BERLIN), Duration.ofHours(4)))
          .isEqualTo(local("2026-12-07T12:00", BERLIN));
    }
  }

  @Nested
  class Contract {

    @Test
    void plusAndBetweenAreInverse() {
      BusinessCalendar split =
          calendar(
              NEW_YORK,
              Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY),
              Set.of(LocalDate.parse("2026-11-11")),
              "00:00-03:00",
              "09:00-12:00",
              "13:00-24:00");
      Random random = new Random(42);
      Instant base = Instant.parse("2026-01-01T00:00:00Z");
      for (int i = 0; i < 500; i++) {
        Instant from = base.plusSeconds(random.nextInt(365 * 24 * 3600));
        Duration amount = Duration.ofMinutes(1 + random.nextInt(60 * 60));
        Instant due = split.plus(from, amount);
        assertThat(split.between(from, due)).as("from %s + %s", from, amount).isEqualTo(amount);
      }
    }

    @Test
    void zeroAmountIsDueAtOnce() {
      Instant now = Instant.parse("2026-12-05T10:00:00Z");
      assertThat(calendar(BERLIN, MON_FRI, Set.of(), "08:00-18:00").plus(now, Duration.ZERO))
          .isEqualTo(now);
    }

    @Test
    void calendarWithoutAnySegmentIsRejected() {
      assertThatThrownBy(() -> new BusinessCalendar(BERLIN, Map.of(), Set.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlappingOrBackwardSegmentsAreRejected() {
      assertThatThrownBy(() -> calendar(BERLIN, MON_FRI, Set.of(), "08:00-12:00", "11:00-13:00"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Segment.parse("18:00-08:00"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Segment.parse("8-18")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Segment.parse("24:30-25:00"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void segmentPrintsAsItIsWritten() {
      assertThat(Segment.parse("00:00-24:00")).hasToString("00:00-24:00");
      assertThat(Segment.parse("08:30-12:05")).hasToString("08:30-12:05");
    }
  }
}

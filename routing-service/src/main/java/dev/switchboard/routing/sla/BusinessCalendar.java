package dev.switchboard.routing.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Business-hours arithmetic: working segments per weekday in a time zone, minus holidays. Business
 * time is real elapsed time inside the segments, so a DST change shortens or lengthens a segment
 * that spans it, exactly as a wall clock on the desk would show.
 */
public final class BusinessCalendar {

  /** How far ahead a due time is searched before the calendar is declared unusable. */
  private static final int MAX_DAYS = 3 * 366;

  /**
   * How far ahead a target must be reachable when a policy or calendar is written: a third of the
   * search window, so pauses, reopenings and retargeting never run out of calendar.
   */
  public static final int MAX_TARGET_DAYS = 366;

  private final ZoneId zone;
  private final Map<DayOfWeek, List<Segment>> week;
  private final Set<LocalDate> holidays;

  public BusinessCalendar(
      ZoneId zone, Map<DayOfWeek, List<Segment>> week, Set<LocalDate> holidays) {
    this.zone = zone;
    this.week = new EnumMap<>(DayOfWeek.class);
    week.forEach((day, segments) -> this.week.put(day, ordered(day, segments)));
    this.holidays = Set.copyOf(holidays);
    if (this.week.values().stream().allMatch(List::isEmpty)) {
      throw new IllegalArgumentException("a calendar needs at least one working segment");
    }
  }

  /** Round the clock, every day, no holidays. */
  public static BusinessCalendar always(ZoneId zone) {
    Map<DayOfWeek, List<Segment>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day, List.of(Segment.parse("00:00-24:00")));
    }
    return new BusinessCalendar(zone, week, Set.of());
  }

  public ZoneId zone() {
    return zone;
  }

  /** Business time between two instants (zero when {@code to} is not after {@code from}). */
  public Duration between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = from.atZone(zone).toLocalDate();
        !day.isAfter(last);
        day = day.plusDays(1)) {
      for (Window window : windows(day)) {
        Instant start = max(window.start(), from);
        Instant end = min(window.end(), to);
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  /**
   * The instant at which {@code amount} of business time has passed after {@code from}. Zero from
   * outside business hours is {@code from} itself; a positive amount starts counting at the next
   * opening.
   */
  public Instant plus(Instant from, Duration amount) {
    return plusWithin(from, amount, MAX_DAYS)
        .orElseThrow(
            () -> new IllegalStateException("no business time within " + MAX_DAYS + " days"));
  }

  /**
   * Whether {@code amount} of business time passes within {@link #MAX_TARGET_DAYS} calendar days
   * after {@code from}: the check a target has to pass before a policy may use it.
   */
  public boolean reaches(Instant from, Duration amount) {
    return plusWithin(from, amount, MAX_TARGET_DAYS).isPresent();
  }

  private Optional<Instant> plusWithin(Instant from, Duration amount, int days) {
    if (amount.isNegative() || amount.isZero()) {
      return Optional.of(from);
    }
    Duration remaining = amount;
    LocalDate day = from.atZone(zone).toLocalDate();
    for (int i = 0; i < days; i++, day = day.plusDays(1)) {
      for (Window window : windows(day)) {
        if (!window.end().isAfter(from)) {
          continue;
        }
        Instant start = max(window.start(), from);
        Duration available = Duration.between(start, window.end());
        if (remaining.compareTo(available) <= 0) {
          return Optional.of(start.plus(remaining));
        }
        remaining = remaining.minus(available);
      }
    }
    return Optional.empty();
  }

  /** Whether the instant lies inside a working segment. */
  public boolean isOpen(Instant at) {
    return windows(at.atZone(zone).toLocalDate()).stream()
        .anyMatch(w -> !at.isBefore(w.start()) && at.isBefore(w.end()));
  }

  private List<Window> windows(LocalDate day) {
    if (holidays.contains(day)) {
      return List.of();
    }
    List<Window> windows = new ArrayList<>();
    for (Segment segment : week.getOrDefault(day.getDayOfWeek(), List.of())) {
      Instant start = segment.startOn(day, zone);
      Instant end = segment.endOn(day, zone);
      if (end.isAfter(start)) {
        windows.add(new Window(start, end));
      }
    }
    return windows;
  }

  private static List<Segment> ordered(DayOfWeek day, List<Segment> segments) {
    List<Segment> sorted =
        segments.stream().sorted(Comparator.comparingInt(Segment::startMinute)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).startMinute() < sorted.get(i - 1).endMinute()) {
        throw new IllegalArgumentException("overlapping segments on " + day);
      }
    }
    return sorted;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private record Window(Instant start, Instant end) {}

  /** One working span of a day in local wall-clock minutes, {@code 24:00} meaning end of day. */
  public record Segment(int startMinute, int endMinute) {

    private static final int DAY = 24 * 60;

    public Segment {
      if (startMinute < 0 || endMinute > DAY || startMinute >= endMinute) {
        throw new IllegalArgumentException("a segment must run forward within one day");
      }
    }

    /** Parses {@code HH:MM-HH:MM}, e.g. {@code 08:00-12:30} or {@code 00:00-24:00}. */
    public static Segment parse(String text) {
      String[] parts = text.trim().split("-");
      if (parts.length != 2) {
        throw new IllegalArgumentException("a segment looks like 08:00-18:00, not " + text);
      }
      return new Segment(minutes(parts[0]), minutes(parts[1]));
    }

    private static int minutes(String time) {
      String[] hm = time.trim().split(":");
      if (hm.length != 2 || hm[0].length() != 2 || hm[1].length() != 2) {
        throw new IllegalArgumentException("a time looks like 08:00, not " + time);
      }
      try {
        int hours = Integer.parseInt(hm[0]);
        int minutes = Integer.parseInt(hm[1]);
        if (hours > 24 || minutes > 59 || (hours == 24 && minutes != 0)) {
          throw new IllegalArgumentException("no such time of day: " + time);
        }
        return hours * 60 + minutes;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("a time looks like 08:00, not " + time, e);
      }
    }

    /**
     * Local start on a day; a start inside a spring-forward gap moves to the first valid instant
     * after it (java.time's rule), so no business time is invented.
     */
    Instant startOn(LocalDate day, ZoneId zone) {
      return instant(day, startMinute, zone);
    }

    Instant endOn(LocalDate day, ZoneId zone) {
      return instant(day, endMinute, zone);
    }

    private static Instant instant(LocalDate day, int minute, ZoneId zone) {
      if (minute == DAY) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
      }
      return day.atTime(LocalTime.of(minute / 60, minute % 60)).atZone(zone).toInstant();
    }

    @Override
    public String toString() {
      return "%02d:%02d-%02d:%02d"
          .formatted(startMinute / 60, startMinute % 60, endMinute / 60, endMinute % 60);
    }
  }
}

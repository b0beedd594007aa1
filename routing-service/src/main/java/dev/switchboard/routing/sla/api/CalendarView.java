package dev.switchboard.routing.sla.api;

import dev.switchboard.routing.sla.SlaCalendar;
import java.util.List;
import java.util.Map;

public record CalendarView(
    String id,
    String name,
    String timeZone,
    Map<String, List<String>> week,
    List<String> holidays) {

  static CalendarView of(SlaCalendar calendar) {
    return new CalendarView(
        calendar.id,
        calendar.name,
        calendar.timeZone,
        Map.copyOf(calendar.week),
        List.copyOf(calendar.holidays));
  }
}

package dev.switchboard.routing.sla.api;

import java.time.Instant;
import java.util.List;

/**
 * The SLA of a ticket: the policy and calendar applied, each clock, and the spans it was paused.
 * {@code businessTimeElapsed} and {@code target} are ISO 8601 durations.
 */
public record SlaView(String policy, String calendar, List<ClockView> clocks, List<Pause> pauses) {

  public record ClockView(
      String kind,
      String target,
      Instant dueAt,
      String state,
      String businessTimeElapsed,
      Instant warningAt,
      Instant stoppedAt) {}

  public record Pause(Instant from, Instant to) {}
}

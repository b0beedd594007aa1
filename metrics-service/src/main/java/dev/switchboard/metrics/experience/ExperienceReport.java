package dev.switchboard.metrics.experience;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The experience measures over a range of days, in total and per group of one dimension. */
public record ExperienceReport(
    LocalDate from, LocalDate to, Dimension by, GroupMeasures total, List<GroupMeasures> groups) {

  /** The measures of one group (or of the total, whose key is {@code total}). */
  public record GroupMeasures(
      String key,
      long contacts,
      long tickets,
      long resolved,
      Double firstContactResolutionRate,
      Double reopenRate,
      Csat csat,
      Double medianFirstResponseMinutes,
      Double p90FirstResponseMinutes,
      Double medianResolutionMinutes,
      Double p90ResolutionMinutes,
      Double slaCompliance,
      Double averageHandleMinutes,
      long deflections,
      long firstContactResolved,
      long reopened,
      long slaMeasured,
      long slaMet) {

    static GroupMeasures of(String key, Counters counters, Durations durations) {
      return new GroupMeasures(
          key,
          counters.contacts(),
          counters.tickets(),
          counters.resolved(),
          counters.firstContactResolutionRate(),
          counters.reopenRate(),
          new Csat(counters.csatResponses(), counters.csatScore(), counters.csatDistribution()),
          durations.medianFirstResponse(),
          durations.p90FirstResponse(),
          durations.medianResolution(),
          durations.p90Resolution(),
          counters.slaCompliance(),
          counters.averageHandleMinutes(),
          counters.deflections(),
          counters.firstContactResolved(),
          counters.reopened(),
          counters.slaMeasured(),
          counters.slaMet());
    }
  }

  /** CSAT answers: score is the share rated 4 or 5; distribution counts per rating. */
  public record Csat(long responses, Double score, Map<String, Long> distribution) {}

  /** Calendar-time percentiles in minutes (null when no ticket in the range has the duration). */
  record Durations(
      Double medianFirstResponse,
      Double p90FirstResponse,
      Double medianResolution,
      Double p90Resolution) {
    static final Durations NONE = new Durations(null, null, null, null);
  }
}

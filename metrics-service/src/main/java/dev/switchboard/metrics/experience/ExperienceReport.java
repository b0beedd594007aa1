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
      Double medianFirstResponseBusinessMinutes,
      Double p90FirstResponseBusinessMinutes,
      Double medianResolutionBusinessMinutes,
      Double p90ResolutionBusinessMinutes,
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
          durations.median(DurationMeasure.FIRST_RESPONSE),
          durations.p90(DurationMeasure.FIRST_RESPONSE),
          durations.median(DurationMeasure.RESOLUTION),
          durations.p90(DurationMeasure.RESOLUTION),
          durations.median(DurationMeasure.FIRST_RESPONSE_BUSINESS),
          durations.p90(DurationMeasure.FIRST_RESPONSE_BUSINESS),
          durations.median(DurationMeasure.RESOLUTION_BUSINESS),
          durations.p90(DurationMeasure.RESOLUTION_BUSINESS),
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

  /** The median and p90 of one duration in minutes (null when no ticket has it). */
  record Percentiles(Double median, Double p90) {}

  /** The percentiles of each duration measure of one group; a measure missing has none. */
  record Durations(Map<DurationMeasure, Percentiles> byMeasure) {

    Double median(DurationMeasure measure) {
      Percentiles percentiles = byMeasure.get(measure);
      return percentiles == null ? null : percentiles.median();
    }

    Double p90(DurationMeasure measure) {
      Percentiles percentiles = byMeasure.get(measure);
      return percentiles == null ? null : percentiles.p90();
    }
  }
}

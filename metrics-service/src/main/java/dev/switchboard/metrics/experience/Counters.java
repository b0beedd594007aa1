package dev.switchboard.metrics.experience;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The summed daily counters of one group over a range, and the rates defined on them (API.md
 * "Definitions"). A rate whose denominator is zero is null: there is nothing to measure.
 */
public record Counters(
    long contacts,
    long tickets,
    long resolved,
    long firstContactResolved,
    long reopened,
    long slaMeasured,
    long slaMet,
    long[] csatByRating,
    long handledInteractions,
    long handleSeconds,
    long deflections) {

  /** First-contact resolved tickets over all resolved tickets. */
  public Double firstContactResolutionRate() {
    return ratio(firstContactResolved, resolved);
  }

  /** Resolved tickets later reopened over resolved tickets. */
  public Double reopenRate() {
    return ratio(reopened, resolved);
  }

  /** Tickets whose SLA was met over tickets with an SLA outcome. */
  public Double slaCompliance() {
    return ratio(slaMet, slaMeasured);
  }

  public long csatResponses() {
    long responses = 0;
    for (long count : csatByRating) {
      responses += count;
    }
    return responses;
  }

  /** Share of answers rated 4 or 5. */
  public Double csatScore() {
    return ratio(csatByRating[3] + csatByRating[4], csatResponses());
  }

  /** Answers per rating "1".."5". */
  public Map<String, Long> csatDistribution() {
    Map<String, Long> distribution = new LinkedHashMap<>();
    for (int rating = 1; rating <= 5; rating++) {
      distribution.put(Integer.toString(rating), csatByRating[rating - 1]);
    }
    return distribution;
  }

  /** Agent work logged per interaction that logged any, in minutes. */
  public Double averageHandleMinutes() {
    Double seconds = ratio(handleSeconds, handledInteractions);
    return seconds == null ? null : seconds / 60.0;
  }

  private static Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }
}

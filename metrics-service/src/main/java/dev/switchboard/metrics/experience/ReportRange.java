package dev.switchboard.metrics.experience;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A range of whole UTC days, both ends included. Ends are given as dates ({@code 2026-03-01}) or
 * RFC 3339 instants (the day that contains them); the default is the last 30 days.
 */
public record ReportRange(LocalDate from, LocalDate to) {

  public static final int DEFAULT_DAYS = 30;

  /**
   * @throws IllegalArgumentException naming the field that is not a date or instant
   */
  public static ReportRange parse(String from, String to, Clock clock) {
    LocalDate end = day("to", to).orElse(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    LocalDate start = day("from", from).orElse(end.minusDays(DEFAULT_DAYS - 1L));
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("from: must not be after to");
    }
    return new ReportRange(start, end);
  }

  private static Optional<LocalDate> day(String field, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      if (value.length() == 10) {
        return Optional.of(LocalDate.parse(value));
      }
      return Optional.of(Instant.parse(value).atZone(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field + ": must be a date (2026-03-01) or an RFC 3339 time (2026-03-01T00:00:00Z)");
    }
  }
}

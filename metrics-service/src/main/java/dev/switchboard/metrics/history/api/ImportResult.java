package dev.switchboard.metrics.history.api;

import dev.switchboard.metrics.history.ImportedIncident;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What an import read and stored.
 *
 * @param from the UTC day the first imported incident was opened (null when none)
 * @param to the UTC day of the last opening, resolution or closure: {@code from..to} is the
 *     experience range that covers the whole import
 */
public record ImportResult(String source, int events, int incidents, LocalDate from, LocalDate to) {

  static ImportResult of(String source, int events, List<ImportedIncident> incidents) {
    LocalDate from =
        incidents.stream()
            .map(ImportedIncident::createdAt)
            .min(Instant::compareTo)
            .map(ImportResult::day)
            .orElse(null);
    LocalDate to =
        incidents.stream()
            .flatMap(i -> Stream.of(i.createdAt(), i.resolvedAt(), i.closedAt()))
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .map(ImportResult::day)
            .orElse(null);
    return new ImportResult(source, events, incidents.size(), from, to);
  }

  private static LocalDate day(Instant at) {
    return at.atZone(ZoneOffset.UTC).toLocalDate();
  }
}

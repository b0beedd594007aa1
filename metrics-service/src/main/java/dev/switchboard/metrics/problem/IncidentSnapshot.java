package dev.switchboard.metrics.problem;

import java.time.Instant;
import java.util.UUID;

/** What recurrence detection needs to know of one incident. */
public record IncidentSnapshot(
    UUID ticketId,
    String number,
    String category,
    String configurationItem,
    String subject,
    String description,
    Instant createdAt) {

  String text() {
    return (subject == null ? "" : subject) + " " + (description == null ? "" : description);
  }
}

package dev.switchboard.metrics.outbox;

import dev.switchboard.contracts.experience.ExperienceEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The payloads this service emits, each with only the fields its event type carries. */
public final class ExperienceEvents {

  private ExperienceEvents() {}

  /** A survey link to send on the ticket's channel. */
  public static ExperienceEvent surveyRequested(
      UUID ticketId, String ticketNumber, UUID customerId, String channel, String url, Instant at) {
    return new ExperienceEvent(
        ticketId, ticketNumber, customerId, channel, url, null, null, null, null, null, null, at);
  }

  /** A survey answer (also the payload of a low-rating event). */
  public static ExperienceEvent surveyAnswered(
      UUID ticketId,
      String ticketNumber,
      UUID customerId,
      String channel,
      int rating,
      String comment,
      Instant at) {
    return new ExperienceEvent(
        ticketId,
        ticketNumber,
        customerId,
        channel,
        null,
        rating,
        comment,
        null,
        null,
        null,
        null,
        at);
  }

  /** A problem or automation candidate, announced with the ticket that completed it. */
  public static ExperienceEvent candidate(
      UUID ticketId,
      String ticketNumber,
      UUID candidateId,
      String category,
      String summary,
      List<UUID> memberTicketIds,
      Instant at) {
    return new ExperienceEvent(
        ticketId,
        ticketNumber,
        null,
        null,
        null,
        null,
        null,
        candidateId,
        category,
        summary,
        memberTicketIds,
        at);
  }
}

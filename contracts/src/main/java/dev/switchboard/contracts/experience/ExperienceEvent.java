package dev.switchboard.contracts.experience;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A CSAT survey or improvement-candidate event.
 *
 * @param surveyUrl the single-use link sent to the customer on survey-requested events
 * @param rating 1..5 on survey-answered and low-rating events
 * @param candidateId problem or automation candidate id; {@code memberTicketIds} its tickets
 */
public record ExperienceEvent(
    UUID ticketId,
    String ticketNumber,
    UUID customerId,
    String channel,
    String surveyUrl,
    Integer rating,
    String comment,
    UUID candidateId,
    String category,
    String summary,
    List<UUID> memberTicketIds,
    Instant at) {}

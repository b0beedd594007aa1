package dev.switchboard.metrics.survey.api;

import java.time.Instant;

/** What was recorded. */
public record SurveyAnswerResponse(
    String ticketNumber, int rating, String comment, Instant answeredAt) {}

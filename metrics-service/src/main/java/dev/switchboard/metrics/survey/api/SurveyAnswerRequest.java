package dev.switchboard.metrics.survey.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A customer's answer to a CSAT survey. */
public record SurveyAnswerRequest(
    @NotNull @Min(1) @Max(5) Integer rating, @Size(max = 4000) String comment) {}

package dev.switchboard.routing.sla.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An SLA policy: targets (ISO 8601 durations of business time) for a priority, optionally only for
 * one ticket type; {@code warningShare} (default 0.75) says when the warning fires and {@code
 * warningEscalation} what it triggers.
 */
public record PolicyRequest(
    @Pattern(regexp = "[A-Za-z0-9._-]{1,100}", message = "must be a slug") String id,
    @NotBlank @Size(max = 200) String name,
    @NotNull @Pattern(regexp = "p[1-5]", message = "must be one of p1, p2, p3, p4, p5")
        String priority,
    @Pattern(
            regexp = "incident|service_request",
            message = "must be one of incident, service_request")
        String ticketType,
    @NotBlank String firstResponse,
    @NotBlank String resolution,
    @NotBlank String calendar,
    @DecimalMin(value = "0.01") @DecimalMax(value = "0.99") BigDecimal warningShare,
    @Pattern(
            regexp = "hierarchical|functional|none",
            message = "must be one of hierarchical, functional, none")
        String warningEscalation) {}

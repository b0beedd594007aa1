package dev.switchboard.routing.escalation.api;

import dev.switchboard.routing.escalation.EscalationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An escalation by hand; {@code toGroup} defaults to the group's next tier (functional). */
public record EscalationRequest(
    @NotNull EscalationKind kind,
    @Size(max = 100) String toGroup,
    @NotBlank @Size(max = 1000) String reason) {}

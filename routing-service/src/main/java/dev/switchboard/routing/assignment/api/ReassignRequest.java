package dev.switchboard.routing.assignment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reassignment by hand: to a group, an agent, or both; always with a reason. */
public record ReassignRequest(
    @Size(max = 100) String group,
    @Size(max = 100) String owner,
    @NotBlank @Size(max = 1000) String reason) {}

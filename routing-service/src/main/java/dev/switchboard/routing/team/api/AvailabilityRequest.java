package dev.switchboard.routing.team.api;

import dev.switchboard.routing.team.Availability;
import jakarta.validation.constraints.NotNull;

/** An agent going on shift ({@code available}), {@code away} or {@code off_shift}. */
public record AvailabilityRequest(@NotNull Availability availability) {}

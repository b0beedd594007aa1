package dev.switchboard.routing.swarm.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An internal swarm note. */
public record NoteRequest(@NotBlank @Size(max = 20_000) String body) {}

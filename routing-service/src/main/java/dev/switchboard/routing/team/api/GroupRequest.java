package dev.switchboard.routing.team.api;

import dev.switchboard.routing.team.GroupStrategy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A group as written by supervisors; strategy defaults to {@code load_balanced}. */
public record GroupRequest(
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "must be a lower-case slug") String id,
    @NotBlank @Size(max = 200) String name,
    GroupStrategy strategy,
    @Min(1) @Max(9) Integer tier,
    @Size(max = 100) String supervisor,
    @Size(max = 100) String escalationGroup) {}

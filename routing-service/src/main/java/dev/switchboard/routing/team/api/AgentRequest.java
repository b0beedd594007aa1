package dev.switchboard.routing.team.api;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.routing.team.Availability;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An agent as written by supervisors; {@code id} is the user name in the agent's token. {@code
 * available} is the contract's short form of {@code availability}: false means {@code away}, true
 * {@code available}; neither means {@code available}.
 */
public record AgentRequest(
    @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "must be a user name") String id,
    @NotBlank @Size(max = 200) String name,
    List<@NotBlank String> groups,
    List<@NotBlank String> skills,
    @NotNull @Min(1) @Max(1000) Integer capacity,
    Availability availability,
    Boolean available) {

  List<String> groupsOrEmpty() {
    return groups == null ? List.of() : groups;
  }

  /** The availability asked for, or a field error when the two fields contradict each other. */
  Availability availabilityOrDefault() {
    if (available == null) {
      return availability == null ? Availability.AVAILABLE : availability;
    }
    if (availability != null && (availability == Availability.AVAILABLE) != available) {
      throw ApiProblem.invalid(
          "available", "contradicts availability " + availability + "; send one of the two");
    }
    return availability != null
        ? availability
        : available ? Availability.AVAILABLE : Availability.AWAY;
  }

  List<String> skillsOrEmpty() {
    return skills == null ? List.of() : skills;
  }
}

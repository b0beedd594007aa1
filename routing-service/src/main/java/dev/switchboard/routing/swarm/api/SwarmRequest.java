package dev.switchboard.routing.swarm.api;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** Experts to invite: by skill (every available agent with one of them) and by name. */
public record SwarmRequest(List<@NotBlank String> skills, List<@NotBlank String> agents) {

  List<String> skillsOrEmpty() {
    return skills == null ? List.of() : skills;
  }

  List<String> agentsOrEmpty() {
    return agents == null ? List.of() : agents;
  }
}

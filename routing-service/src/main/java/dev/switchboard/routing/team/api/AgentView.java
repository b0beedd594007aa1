package dev.switchboard.routing.team.api;

import dev.switchboard.routing.team.Agent;
import java.time.Instant;
import java.util.List;

/** An agent item: {@code load} is the number of open tickets the agent owns. */
public record AgentView(
    String id,
    String name,
    List<String> groups,
    List<String> skills,
    int capacity,
    boolean available,
    String availability,
    int load,
    Instant lastAssignedAt) {

  static AgentView of(Agent agent, int load) {
    return new AgentView(
        agent.id,
        agent.name,
        List.copyOf(agent.groups),
        List.copyOf(agent.skills),
        agent.capacity,
        agent.isAvailable(),
        agent.availability,
        load,
        agent.lastAssignedAt);
  }
}

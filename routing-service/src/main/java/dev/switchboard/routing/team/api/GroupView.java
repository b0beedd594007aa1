package dev.switchboard.routing.team.api;

import dev.switchboard.routing.team.Agent;
import dev.switchboard.routing.team.AgentGroup;
import java.util.List;

/** A group with the ids of its agents. */
public record GroupView(
    String id,
    String name,
    String strategy,
    int tier,
    String supervisor,
    String escalationGroup,
    List<String> agents) {

  static GroupView of(AgentGroup group) {
    return new GroupView(
        group.id,
        group.name,
        group.strategy,
        group.tier,
        group.supervisor,
        group.escalationGroup,
        Agent.inGroup(group.id).stream().map(a -> a.id).sorted().toList());
  }
}

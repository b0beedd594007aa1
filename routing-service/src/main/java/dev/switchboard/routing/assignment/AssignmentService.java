package dev.switchboard.routing.assignment;

import dev.switchboard.contracts.EventType;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.routing.assignment.AgentChooser.Candidate;
import dev.switchboard.routing.rule.RoutingRule;
import dev.switchboard.routing.swarm.SwarmMember;
import dev.switchboard.routing.team.Agent;
import dev.switchboard.routing.team.AgentGroup;
import dev.switchboard.routing.team.GroupStrategy;
import dev.switchboard.routing.ticket.RoutedTicket;
import dev.switchboard.routing.ticket.RoutingEvents;
import dev.switchboard.routing.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Puts tickets into groups and in front of agents, and records every change with its reason. */
@ApplicationScoped
public class AssignmentService {

  private final TicketRepository tickets;
  private final RoutingEvents events;
  private final Clock clock;
  private final String defaultGroup;

  AssignmentService(
      TicketRepository tickets,
      RoutingEvents events,
      Clock clock,
      @ConfigProperty(name = "switchboard.routing.default-group", defaultValue = "service-desk")
          String defaultGroup) {
    this.tickets = tickets;
    this.events = events;
    this.clock = clock;
    this.defaultGroup = defaultGroup;
  }

  /** Routes the ticket by the first matching rule (or the default group) and picks an owner. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void route(RoutedTicket ticket, String reason, String actor) {
    Optional<RoutingRule> rule = RoutingRule.firstMatch(RoutingRule.ordered(), ticket.facts());
    ticket.requiredSkills =
        rule.map(r -> new ArrayList<>(r.requiredSkills)).orElseGet(ArrayList::new);
    String group = rule.map(r -> r.targetGroup).orElse(defaultGroup);
    String why = rule.map(r -> reason + " (rule " + r.id + ")").orElse(reason + " (default group)");
    assignWithin(ticket, group, why, actor);
  }

  /**
   * Re-evaluates the rules after a category change: a new group re-routes the ticket; the same
   * group keeps group and owner but takes the matching rule's required skills (a waiting ticket may
   * then find an agent).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reroute(RoutedTicket ticket, String reason, String actor) {
    Optional<RoutingRule> rule = RoutingRule.firstMatch(RoutingRule.ordered(), ticket.facts());
    String group = rule.map(r -> r.targetGroup).orElse(defaultGroup);
    if (!group.equals(ticket.group)) {
      route(ticket, reason, actor);
      return;
    }
    ticket.requiredSkills =
        rule.map(r -> new ArrayList<>(r.requiredSkills)).orElseGet(ArrayList::new);
    if (ticket.owner == null) {
      drain(List.of(group));
    }
  }

  /** Assigns inside a group by its strategy; without a qualifying agent the ticket is queued. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void assignWithin(RoutedTicket ticket, String groupId, String reason, String actor) {
    Optional<AgentGroup> group = AgentGroup.lockedById(groupId);
    String owner = group.flatMap(g -> choose(g, ticket.requiredSkills)).orElse(null);
    record(ticket, groupId, owner, reason, actor);
  }

  /**
   * A reassignment by hand: to a named agent (in the named group, or in the ticket's group when the
   * agent belongs to it, else the agent's first group), or to a group whose strategy chooses.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reassign(
      RoutedTicket ticket, String groupId, String owner, String reason, String actor) {
    if (groupId != null && AgentGroup.findById(groupId) == null) {
      throw ApiProblem.invalid("group", "no group " + groupId);
    }
    if (owner == null) {
      if (groupId == null) {
        throw ApiProblem.invalid("group", "name a group, an owner or both");
      }
      assignWithin(ticket, groupId, reason, actor);
      return;
    }
    Agent agent =
        Agent.<Agent>findByIdOptional(owner)
            .orElseThrow(() -> ApiProblem.invalid("owner", "no agent " + owner));
    if (groupId != null && !agent.belongsTo(groupId)) {
      throw ApiProblem.invalid("owner", owner + " is not in group " + groupId);
    }
    String group =
        groupId != null
            ? groupId
            : agent.belongsTo(ticket.group) || agent.groups.isEmpty()
                ? ticket.group
                : agent.groups.get(0);
    record(ticket, group, owner, reason, actor);
  }

  /** An agent takes the oldest waiting ticket of a group (queue groups, or any group's backlog). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<RoutedTicket> pull(String groupId, String agentId) {
    AgentGroup group =
        AgentGroup.<AgentGroup>findByIdOptional(groupId)
            .orElseThrow(() -> ApiProblem.notFound("no group " + groupId));
    Agent agent =
        Agent.<Agent>findByIdOptional(agentId)
            .filter(a -> a.belongsTo(group.id))
            .orElseThrow(() -> ApiProblem.forbidden(agentId + " is not an agent of " + groupId));
    Candidate self = candidates(List.of(agent)).get(0);
    if (!AgentChooser.canTakeMore(self)) {
      throw ApiProblem.conflict(
          agentId
              + " is not available or at capacity ("
              + self.load()
              + "/"
              + self.capacity()
              + ")");
    }
    Optional<RoutedTicket> next = tickets.claimOldestQueued(groupId);
    next.ifPresent(t -> record(t, groupId, agentId, "pulled from the queue", agentId));
    return next;
  }

  /** Hands waiting tickets of pushing groups to agents who have room again. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void drain(Collection<String> groupIds) {
    for (String groupId : new HashSet<>(groupIds)) {
      Optional<AgentGroup> group =
          AgentGroup.lockedById(groupId).filter(g -> g.strategy() != GroupStrategy.QUEUE);
      if (group.isEmpty()) {
        continue;
      }
      for (RoutedTicket waiting : tickets.queued(groupId, 20)) {
        Optional<String> owner = choose(group.get(), waiting.requiredSkills);
        if (owner.isEmpty()) {
          break;
        }
        record(waiting, groupId, owner.get(), "capacity freed in " + groupId, "system");
      }
    }
  }

  private Optional<String> choose(AgentGroup group, List<String> requiredSkills) {
    return AgentChooser.choose(
        group.strategy(), candidates(Agent.inGroup(group.id)), requiredSkills);
  }

  private List<Candidate> candidates(List<Agent> agents) {
    Map<String, Integer> load = tickets.openLoad(agents.stream().map(a -> a.id).toList());
    return agents.stream()
        .map(
            a ->
                new Candidate(
                    a.id,
                    new HashSet<>(a.skills),
                    a.isAvailable(),
                    load.getOrDefault(a.id, 0),
                    a.capacity,
                    a.lastAssignedAt))
        .toList();
  }

  private void record(
      RoutedTicket ticket, String group, String owner, String reason, String actor) {
    String previousGroup = ticket.group;
    String previousOwner = ticket.owner;
    boolean takenFromSomeone =
        previousOwner != null || (previousGroup != null && !previousGroup.equals(group));
    Instant now = clock.instant();
    ticket.assign(group, owner, now);
    if (owner != null) {
      Agent.<Agent>findByIdOptional(owner).ifPresent(a -> a.lastAssignedAt = now);
    }
    AssignmentRecord.of(ticket.id, now, group, owner, reason, actor).persist();
    if (ticket.hasSwarm() && !Objects.equals(previousOwner, owner)) {
      SwarmMember.handOver(ticket.id, previousOwner, owner, now);
    }
    if (Objects.equals(previousGroup, group) && Objects.equals(previousOwner, owner)) {
      return;
    }
    events.assignment(
        takenFromSomeone ? EventType.TICKET_REASSIGNED : EventType.TICKET_ASSIGNED,
        ticket,
        previousGroup,
        previousOwner,
        reason);
  }
}

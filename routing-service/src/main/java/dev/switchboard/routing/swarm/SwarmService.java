package dev.switchboard.routing.swarm;

import dev.switchboard.contracts.EventType;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.routing.team.Agent;
import dev.switchboard.routing.ticket.RoutedTicket;
import dev.switchboard.routing.ticket.RoutingEvents;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Swarming: experts gather on one ticket while its owner stays the single point of contact. The
 * owner never changes here; the swarm only adds helpers and internal notes.
 */
@ApplicationScoped
public class SwarmService {

  private final RoutingEvents events;
  private final Clock clock;

  SwarmService(RoutingEvents events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** Starts a swarm with the named agents and every available agent with one of the skills. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<SwarmMember> start(
      RoutedTicket ticket, Collection<String> skills, Collection<String> agents, String actor) {
    if (ticket.hasSwarm()) {
      throw ApiProblem.conflict("ticket " + ticket.id + " already has a swarm");
    }
    if (!ticket.isOpen()) {
      throw ApiProblem.conflict("ticket " + ticket.id + " is " + ticket.status);
    }
    Set<String> experts = new LinkedHashSet<>();
    for (String name : agents) {
      if (Agent.findById(name) == null) {
        throw ApiProblem.invalid("agents", "no agent " + name);
      }
      experts.add(name);
    }
    Agent.<Agent>listAll().stream()
        .filter(a -> a.isAvailable() && a.skills.stream().anyMatch(skills::contains))
        .sorted((a, b) -> a.id.compareTo(b.id))
        .forEach(a -> experts.add(a.id));
    if (ticket.owner != null) {
      experts.remove(ticket.owner);
    }
    if (experts.isEmpty()) {
      throw ApiProblem.unprocessable(
          "no-swarm-members", "no agent is named or available with the requested skills");
    }
    Instant now = clock.instant();
    ticket.swarmStartedAt = now;
    if (ticket.owner != null) {
      SwarmMember.join(ticket.id, ticket.owner, SwarmMember.OWNER, now).persist();
    }
    experts.forEach(e -> SwarmMember.join(ticket.id, e, SwarmMember.EXPERT, now).persist());
    events.swarm(
        EventType.SWARM_STARTED, ticket, List.copyOf(experts), "swarm started by " + actor);
    return SwarmMember.current(ticket.id);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public List<SwarmMember> join(RoutedTicket ticket, String agent) {
    requireSwarm(ticket);
    if (Agent.findById(agent) == null) {
      throw ApiProblem.invalid("agent", "no agent " + agent);
    }
    if (SwarmMember.current(ticket.id, agent).isEmpty()) {
      SwarmMember.join(ticket.id, agent, SwarmMember.EXPERT, clock.instant()).persist();
      events.swarm(EventType.SWARM_JOINED, ticket, List.of(agent), agent + " joined");
    }
    return SwarmMember.current(ticket.id);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public List<SwarmMember> leave(RoutedTicket ticket, String agent) {
    requireSwarm(ticket);
    if (agent.equals(ticket.owner)) {
      throw ApiProblem.conflict("the owner stays with the ticket; end the swarm instead");
    }
    SwarmMember.current(ticket.id, agent)
        .ifPresent(
            member -> {
              member.leftAt = clock.instant();
              events.swarm(EventType.SWARM_LEFT, ticket, List.of(agent), agent + " left");
            });
    return SwarmMember.current(ticket.id);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void end(RoutedTicket ticket, String actor) {
    requireSwarm(ticket);
    Instant now = clock.instant();
    List<SwarmMember> members = SwarmMember.current(ticket.id);
    members.forEach(m -> m.leftAt = now);
    ticket.swarmStartedAt = null;
    events.swarm(
        EventType.SWARM_ENDED,
        ticket,
        members.stream().map(m -> m.agent).toList(),
        "swarm ended by " + actor);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public SwarmNote note(RoutedTicket ticket, String author, String body) {
    requireSwarm(ticket);
    SwarmNote note = new SwarmNote();
    note.id = UUID.randomUUID();
    note.ticketId = ticket.id;
    note.author = author;
    note.body = body;
    note.at = clock.instant();
    note.persist();
    return note;
  }

  /** The swarm notes of a ticket, oldest first. */
  public PanacheQuery<SwarmNote> notes(RoutedTicket ticket) {
    return SwarmNote.of(ticket.id);
  }

  private static void requireSwarm(RoutedTicket ticket) {
    if (!ticket.hasSwarm()) {
      throw ApiProblem.conflict("ticket " + ticket.id + " has no swarm");
    }
  }
}

package dev.switchboard.routing.escalation;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.routing.assignment.AssignmentService;
import dev.switchboard.routing.team.AgentGroup;
import dev.switchboard.routing.ticket.RoutedTicket;
import dev.switchboard.routing.ticket.RoutingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Functional escalation moves a ticket to another group (re-assigned inside it); hierarchical
 * escalation notifies the group's supervisor and marks the ticket hot. Automatic triggers escalate
 * a ticket at most once each.
 */
@ApplicationScoped
public class EscalationService {

  private final AssignmentService assignments;
  private final RoutingEvents events;
  private final Clock clock;
  private final String defaultSupervisor;

  EscalationService(
      AssignmentService assignments,
      RoutingEvents events,
      Clock clock,
      @ConfigProperty(name = "switchboard.routing.default-supervisor", defaultValue = "sam")
          String defaultSupervisor) {
    this.assignments = assignments;
    this.events = events;
    this.clock = clock;
    this.defaultSupervisor = defaultSupervisor;
  }

  /** An escalation asked for through the API; a functional one needs a target group. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Escalation byHand(
      RoutedTicket ticket, EscalationKind kind, String toGroup, String reason, String actor) {
    if (toGroup != null && AgentGroup.findById(toGroup) == null) {
      throw ApiProblem.invalid("toGroup", "no group " + toGroup);
    }
    if (kind == EscalationKind.FUNCTIONAL && nextGroup(ticket, toGroup).isEmpty()) {
      throw ApiProblem.invalid("toGroup", "required: group " + ticket.group + " has no next tier");
    }
    return escalate(ticket, kind, toGroup, reason, Escalation.MANUAL, actor);
  }

  /**
   * An automatic escalation, once per ticket and trigger. A functional one without a next tier
   * becomes hierarchical, so the escalation is never lost.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Escalation> automatically(
      RoutedTicket ticket, EscalationKind kind, String reason, String trigger) {
    if (Escalation.alreadyTriggered(ticket.id, trigger)) {
      return Optional.empty();
    }
    EscalationKind effective =
        kind == EscalationKind.FUNCTIONAL && nextGroup(ticket, null).isEmpty()
            ? EscalationKind.HIERARCHICAL
            : kind;
    return Optional.of(escalate(ticket, effective, null, reason, trigger, "system"));
  }

  private Escalation escalate(
      RoutedTicket ticket,
      EscalationKind kind,
      String toGroup,
      String reason,
      String trigger,
      String actor) {
    Escalation escalation = new Escalation();
    escalation.id = UUID.randomUUID();
    escalation.ticketId = ticket.id;
    escalation.kind = kind.wire();
    escalation.trigger = trigger;
    escalation.fromGroup = ticket.group;
    escalation.reason = reason;
    escalation.actor = actor;
    escalation.at = clock.instant();
    if (kind == EscalationKind.FUNCTIONAL) {
      escalation.toGroup = nextGroup(ticket, toGroup).orElseThrow();
      assignments.assignWithin(
          ticket, escalation.toGroup, "functional escalation: " + reason, actor);
    } else {
      escalation.toGroup = toGroup != null ? toGroup : ticket.group;
      escalation.notified = supervisorOf(escalation.toGroup);
      ticket.hot = true;
    }
    escalation.persist();
    events.escalation(
        ticket,
        escalation.fromGroup,
        kind.wire(),
        reason,
        escalation.notified == null ? List.of() : List.of(escalation.notified));
    return escalation;
  }

  private static Optional<String> nextGroup(RoutedTicket ticket, String toGroup) {
    if (toGroup != null) {
      return Optional.of(toGroup);
    }
    return Optional.ofNullable(ticket.group)
        .flatMap(g -> AgentGroup.<AgentGroup>findByIdOptional(g))
        .map(g -> g.escalationGroup);
  }

  private String supervisorOf(String groupId) {
    return Optional.ofNullable(groupId)
        .flatMap(g -> AgentGroup.<AgentGroup>findByIdOptional(g))
        .map(g -> g.supervisor)
        .orElse(defaultSupervisor);
  }
}

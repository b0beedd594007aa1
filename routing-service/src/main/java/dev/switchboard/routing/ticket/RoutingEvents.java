package dev.switchboard.routing.ticket;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.routing.RoutingEvent;
import dev.switchboard.eventing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Emits routing events through the outbox, always filled with the ticket's number, priority and
 * channel so consumers never need to call back.
 */
@ApplicationScoped
public class RoutingEvents {

  private final Outbox outbox;
  private final Clock clock;

  RoutingEvents(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  public void assignment(
      EventType type,
      RoutedTicket ticket,
      String previousGroup,
      String previousOwner,
      String reason) {
    emit(type, ticket, previousGroup, previousOwner, reason, null, null, null, List.of(), null);
  }

  public void escalation(
      RoutedTicket ticket,
      String previousGroup,
      String kind,
      String reason,
      List<String> notified) {
    emit(
        EventType.TICKET_ESCALATED,
        ticket,
        previousGroup,
        ticket.owner,
        reason,
        kind,
        null,
        null,
        notified,
        null);
  }

  public void swarm(EventType type, RoutedTicket ticket, List<String> agents, String reason) {
    emit(type, ticket, null, null, reason, null, null, null, agents, null);
  }

  public void sla(EventType type, RoutedTicket ticket, String clockKind, Instant dueAt) {
    emit(type, ticket, null, null, null, null, clockKind, dueAt, List.of(), null);
  }

  /**
   * A clock stopped, met or late, after running {@code businessSecondsElapsed} of business time.
   */
  public void slaStopped(
      RoutedTicket ticket, String clockKind, Instant dueAt, long businessSecondsElapsed) {
    emit(
        EventType.SLA_STOPPED,
        ticket,
        null,
        null,
        null,
        null,
        clockKind,
        dueAt,
        List.of(),
        businessSecondsElapsed);
  }

  private void emit(
      EventType type,
      RoutedTicket ticket,
      String previousGroup,
      String previousOwner,
      String reason,
      String escalationKind,
      String clockKind,
      Instant dueAt,
      List<String> agents,
      Long businessSecondsElapsed) {
    outbox.emit(
        type,
        ticket.id,
        new RoutingEvent(
            ticket.id,
            ticket.number,
            ticket.group,
            ticket.owner,
            previousGroup,
            previousOwner,
            reason,
            escalationKind,
            clockKind,
            dueAt,
            List.copyOf(agents),
            ticket.priority,
            ticket.channel,
            clock.instant(),
            businessSecondsElapsed));
  }
}

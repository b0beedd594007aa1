package dev.switchboard.routing.assignment.api;

import dev.switchboard.routing.assignment.AssignmentRecord;
import dev.switchboard.routing.swarm.SwarmMember;
import dev.switchboard.routing.ticket.RoutedTicket;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Who works on a ticket: group, owner, swarm members and the history of changes. */
public record AssignmentView(
    UUID ticketId,
    String number,
    String group,
    String owner,
    boolean hot,
    List<String> requiredSkills,
    List<SwarmEntry> swarm,
    List<HistoryEntry> history) {

  public record SwarmEntry(String agent, String role, Instant joinedAt) {}

  public record HistoryEntry(Instant at, String group, String owner, String reason) {}

  public static AssignmentView of(RoutedTicket ticket) {
    return new AssignmentView(
        ticket.id,
        ticket.number,
        ticket.group,
        ticket.owner,
        ticket.hot,
        List.copyOf(ticket.requiredSkills),
        SwarmMember.current(ticket.id).stream()
            .map(m -> new SwarmEntry(m.agent, m.role, m.joinedAt))
            .toList(),
        AssignmentRecord.historyOf(ticket.id).stream()
            .map(r -> new HistoryEntry(r.at, r.group, r.owner, r.reason))
            .toList());
  }
}

package dev.switchboard.routing.swarm.api;

import dev.switchboard.routing.assignment.api.AssignmentView.SwarmEntry;
import dev.switchboard.routing.swarm.SwarmMember;
import dev.switchboard.routing.swarm.SwarmNote;
import dev.switchboard.routing.ticket.RoutedTicket;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A ticket's swarm: active or not, its owner (unchanged by swarming) and current members. */
public record SwarmView(
    UUID ticketId, boolean active, String owner, Instant startedAt, List<SwarmEntry> members) {

  static SwarmView of(RoutedTicket ticket, List<SwarmMember> members) {
    return new SwarmView(
        ticket.id,
        ticket.hasSwarm(),
        ticket.owner,
        ticket.swarmStartedAt,
        members.stream().map(m -> new SwarmEntry(m.agent, m.role, m.joinedAt)).toList());
  }

  /** An internal note; {@code visibility} is always {@code internal}. */
  public record NoteView(UUID id, String author, String body, String visibility, Instant at) {
    static NoteView of(SwarmNote note) {
      return new NoteView(note.id, note.author, note.body, "internal", note.at);
    }
  }
}

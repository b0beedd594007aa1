package dev.switchboard.routing.swarm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One agent in a ticket's swarm: the {@code owner}, or an {@code expert} helping them. */
@Entity
@Table(name = "routing_swarm_member")
public class SwarmMember extends PanacheEntityBase {

  public static final String OWNER = "owner";
  public static final String EXPERT = "expert";

  @Id public UUID id;

  @Column(name = "ticket_id")
  public UUID ticketId;

  public String agent;
  public String role;

  @Column(name = "joined_at")
  public Instant joinedAt;

  @Column(name = "left_at")
  public Instant leftAt;

  static SwarmMember join(UUID ticketId, String agent, String role, Instant at) {
    SwarmMember member = new SwarmMember();
    member.id = UUID.randomUUID();
    member.ticketId = ticketId;
    member.agent = agent;
    member.role = role;
    member.joinedAt = at;
    return member;
  }

  /** Members still in the swarm, in joining order. */
  public static List<SwarmMember> current(UUID ticketId) {
    return list("ticketId = ?1 and leftAt is null order by joinedAt, agent", ticketId);
  }

  /**
   * A running swarm follows a reassignment: the previous owner stays as an expert, the new owner
   * leads.
   */
  public static void handOver(UUID ticketId, String previousOwner, String newOwner, Instant at) {
    if (previousOwner != null) {
      current(ticketId, previousOwner).ifPresent(m -> m.role = EXPERT);
    }
    if (newOwner != null) {
      current(ticketId, newOwner)
          .ifPresentOrElse(
              m -> m.role = OWNER, () -> join(ticketId, newOwner, OWNER, at).persist());
    }
  }

  static Optional<SwarmMember> current(UUID ticketId, String agent) {
    return find("ticketId = ?1 and agent = ?2 and leftAt is null", ticketId, agent)
        .firstResultOptional();
  }
}

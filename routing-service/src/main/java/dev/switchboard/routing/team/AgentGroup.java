package dev.switchboard.routing.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.util.Optional;

/** A group (team, tier) of agents with its assignment strategy and escalation path. */
@Entity
@Table(name = "routing_group")
public class AgentGroup extends PanacheEntityBase {

  @Id public String id;

  public String name;
  public String strategy = GroupStrategy.LOAD_BALANCED.wire();
  public int tier = 1;

  /** Who a hierarchical escalation notifies. */
  public String supervisor;

  /** Where a functional escalation goes when no target group is named (the next tier). */
  @Column(name = "escalation_group")
  public String escalationGroup;

  public GroupStrategy strategy() {
    return GroupStrategy.of(strategy);
  }

  /** The group, locked so that concurrent assignments into it see each other's load. */
  public static Optional<AgentGroup> lockedById(String id) {
    return AgentGroup.<AgentGroup>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }
}

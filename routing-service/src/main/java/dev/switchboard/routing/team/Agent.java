package dev.switchboard.routing.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An agent; the id is the user name in the agent's token (e.g. {@code agent1}). */
@Entity
@Table(name = "routing_agent")
public class Agent extends PanacheEntityBase {

  @Id public String id;

  public String name;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> groups = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> skills = new ArrayList<>();

  public int capacity;

  public String availability = Availability.AVAILABLE.wire();

  @Column(name = "last_assigned_at")
  public Instant lastAssignedAt;

  public boolean isAvailable() {
    return Availability.AVAILABLE.wire().equals(availability);
  }

  public boolean belongsTo(String groupId) {
    return groups.contains(groupId);
  }

  public static List<Agent> inGroup(String groupId) {
    return Agent.<Agent>listAll().stream().filter(a -> a.belongsTo(groupId)).toList();
  }
}

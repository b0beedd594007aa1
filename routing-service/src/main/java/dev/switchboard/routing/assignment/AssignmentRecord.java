package dev.switchboard.routing.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of a ticket's assignment history: where it went, to whom, and why. */
@Entity
@Table(name = "routing_assignment_history")
public class AssignmentRecord extends PanacheEntityBase {

  @Id public UUID id;

  /** Insertion order, assigned by the database; breaks ties between equal timestamps. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "ticket_id")
  public UUID ticketId;

  public Instant at;

  @Column(name = "group_id")
  public String group;

  public String owner;
  public String reason;
  public String actor;

  static AssignmentRecord of(
      UUID ticketId, Instant at, String group, String owner, String reason, String actor) {
    AssignmentRecord record = new AssignmentRecord();
    record.id = UUID.randomUUID();
    record.ticketId = ticketId;
    record.at = at;
    record.group = group;
    record.owner = owner;
    record.reason = reason;
    record.actor = actor;
    return record;
  }

  public static List<AssignmentRecord> historyOf(UUID ticketId) {
    return list("ticketId = ?1 order by at, seq", ticketId);
  }
}

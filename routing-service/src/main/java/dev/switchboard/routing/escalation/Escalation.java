package dev.switchboard.routing.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One escalation of a ticket, by hand ({@code manual}) or by an automatic trigger. */
@Entity
@Table(name = "routing_escalation")
public class Escalation extends PanacheEntityBase {

  public static final String MANUAL = "manual";

  @Id public UUID id;

  @Column(name = "ticket_id")
  public UUID ticketId;

  public String kind;

  /** {@code manual}, {@code p1}, {@code negative_sentiment}, {@code sla_warning:resolution}, … */
  public String trigger;

  @Column(name = "from_group")
  public String fromGroup;

  @Column(name = "to_group")
  public String toGroup;

  /** The supervisor a hierarchical escalation notified. */
  public String notified;

  public String reason;
  public String actor;
  public Instant at;

  static boolean alreadyTriggered(UUID ticketId, String trigger) {
    return count("ticketId = ?1 and trigger = ?2", ticketId, trigger) > 0;
  }

  /** The ticket's escalations, oldest first. */
  public static PanacheQuery<Escalation> of(UUID ticketId) {
    return find("ticketId = ?1 order by at, id", ticketId);
  }
}

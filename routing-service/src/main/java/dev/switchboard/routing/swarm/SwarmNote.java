package dev.switchboard.routing.swarm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An internal note among swarm members; never shown to the customer. */
@Entity
@Table(name = "routing_swarm_note")
public class SwarmNote extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "ticket_id")
  public UUID ticketId;

  public String author;
  public String body;
  public Instant at;

  static PanacheQuery<SwarmNote> of(UUID ticketId) {
    return find("ticketId = ?1 order by at, id", ticketId);
  }
}

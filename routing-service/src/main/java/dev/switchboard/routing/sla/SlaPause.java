package dev.switchboard.routing.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One span in which the ticket was {@code pending} and its SLA clocks stood still. */
@Entity
@Table(name = "sla_pause")
public class SlaPause extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "ticket_id")
  public UUID ticketId;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "ended_at")
  public Instant endedAt;

  static SlaPause begin(UUID ticketId, Instant at) {
    SlaPause pause = new SlaPause();
    pause.id = UUID.randomUUID();
    pause.ticketId = ticketId;
    pause.startedAt = at;
    return pause;
  }

  static Optional<SlaPause> open(UUID ticketId) {
    return find("ticketId = ?1 and endedAt is null", ticketId).firstResultOptional();
  }

  public static List<SlaPause> timeline(UUID ticketId) {
    return list("ticketId = ?1 order by startedAt", ticketId);
  }
}

package dev.switchboard.routing.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A public agent reply that arrived before the ticket: kept until the ticket projection opens, so
 * the first-response clock still stops at the reply.
 */
@Entity
@Table(name = "routing_early_reply")
public class EarlyReply extends PanacheEntityBase {

  @Id
  @Column(name = "ticket_id")
  public UUID ticketId;

  @Column(name = "replied_at")
  public Instant repliedAt;

  /** Remembers the reply; of several early replies the first one counts. */
  static void remember(UUID ticketId, Instant at) {
    EarlyReply.<EarlyReply>findByIdOptional(ticketId)
        .ifPresentOrElse(
            known -> {
              if (at.isBefore(known.repliedAt)) {
                known.repliedAt = at;
              }
            },
            () -> {
              EarlyReply reply = new EarlyReply();
              reply.ticketId = ticketId;
              reply.repliedAt = at;
              reply.persist();
            });
  }

  /** The early reply to this ticket, if any, removed from the store. */
  static Optional<Instant> take(UUID ticketId) {
    Optional<EarlyReply> reply = findByIdOptional(ticketId);
    reply.ifPresent(EarlyReply::delete);
    return reply.map(r -> r.repliedAt);
  }

  /**
   * Serialises the two consumers on one ticket for the rest of the transaction: a reply either sees
   * the committed ticket or is stored before the ticket looks for it.
   */
  static void lockTicket(UUID ticketId) {
    getEntityManager()
        .createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
        .setParameter(1, ticketId.getMostSignificantBits() ^ ticketId.getLeastSignificantBits())
        .getSingleResult();
  }
}

package dev.switchboard.intake.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A party copied on a ticket (an e-mail CC address): may write to the ticket. */
@Entity
@Table(name = "ticket_participant")
public class TicketParticipant extends PanacheEntityBase {

  @EmbeddedId public Key key;

  /** Ticket and lower-case address. */
  @Embeddable
  public record Key(@Column(name = "ticket_id") UUID ticketId, String address)
      implements Serializable {}

  public static TicketParticipant of(UUID ticketId, String address) {
    TicketParticipant participant = new TicketParticipant();
    participant.key = new Key(ticketId, address);
    return participant;
  }
}

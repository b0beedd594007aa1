package dev.switchboard.intake.email.inbound;

import dev.switchboard.intake.email.kind.MailClassification;
import dev.switchboard.intake.email.mime.ParsedMail;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A received message, raw, with what became of it and why. */
@Entity
@Table(name = "email_message")
public class EmailMessage extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "message_id")
  public String messageId;

  @Column(name = "interaction_id")
  public UUID interactionId;

  @Column(name = "ticket_id")
  public UUID ticketId;

  @Column(name = "related_ticket_id")
  public UUID relatedTicketId;

  public String kind;

  /** Why it was threaded where it was ("In-Reply-To matches …", "new ticket"). */
  public String threading;

  public String evidence;

  public String notes;

  public byte[] raw;

  @Column(name = "received_at")
  public Instant receivedAt;

  static EmailMessage of(
      byte[] raw,
      ParsedMail mail,
      MailClassification classification,
      ThreadingDecision threading,
      Instant now) {
    EmailMessage message = new EmailMessage();
    message.id = UUID.randomUUID();
    message.messageId = mail.messageId().isEmpty() ? null : mail.messageId();
    message.kind = classification.kind().toString();
    message.relatedTicketId = threading.relatedTicketId();
    message.threading = ParsedMail.storable(threading.reason());
    message.evidence = ParsedMail.storable(classification.evidence());
    message.notes =
        mail.notes().isEmpty() ? null : ParsedMail.storable(String.join("\n", mail.notes()));
    message.raw = raw;
    message.receivedAt = now;
    return message;
  }

  public static Optional<EmailMessage> ofInteraction(UUID interactionId) {
    return find("interactionId", interactionId).firstResultOptional();
  }
}

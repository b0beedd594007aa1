package dev.switchboard.intake.email.outbound;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One mail in the outbox: pending until SMTP accepted it, retried with backoff. */
@Entity
@Table(name = "email_outbound")
public class OutboundMail extends PanacheEntityBase {

  /** Where a mail stands. */
  public enum Status {
    PENDING,
    SENT,
    /** Not sent: the per-address limit of automatic mail was reached. */
    SUPPRESSED,
    FAILED
  }

  private static final Duration FIRST_RETRY = Duration.ofSeconds(10);

  @Id public UUID id;

  /** Without angle brackets. */
  @Column(name = "message_id")
  public String messageId;

  @Column(name = "interaction_id")
  public UUID interactionId;

  @Column(name = "ticket_id")
  public UUID ticketId;

  public String recipient;

  /** Comma-separated. */
  public String cc;

  public String subject;

  public String body;

  @Column(name = "in_reply_to")
  public String inReplyTo;

  /** Space-separated, oldest first, without angle brackets. */
  @Column(name = "reference_ids")
  public String referenceIds;

  /** Sent by the desk on its own (acknowledgement, notice): carries Auto-Submitted. */
  public boolean automatic;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  public Status status;

  public int attempts;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "sent_at")
  public Instant sentAt;

  public List<String> ccList() {
    return cc == null || cc.isBlank() ? List.of() : Arrays.asList(cc.split(","));
  }

  public List<String> references() {
    return referenceIds == null || referenceIds.isBlank()
        ? List.of()
        : Arrays.asList(referenceIds.split(" "));
  }

  void sent(Instant now) {
    status = Status.SENT;
    sentAt = now;
    attempts++;
    lastError = null;
  }

  /** Backs off exponentially; after {@code maxAttempts} the mail is given up as failed. */
  void failed(String error, Instant now, int maxAttempts) {
    attempts++;
    lastError = error;
    if (attempts >= maxAttempts) {
      status = Status.FAILED;
    } else {
      nextAttemptAt = now.plus(FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 16)));
    }
  }
}

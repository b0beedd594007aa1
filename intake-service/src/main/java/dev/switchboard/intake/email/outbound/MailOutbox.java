package dev.switchboard.intake.email.outbound;

import dev.switchboard.intake.contact.ContactIntake;
import dev.switchboard.intake.contact.OutboundInteraction;
import dev.switchboard.intake.email.EmailConfig;
import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.interaction.InteractionKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Queues outbound mail in the caller's transaction, so a mail is sent exactly when the change that
 * caused it commits ({@link MailDelivery} sends it). Automatic mail is limited per address and
 * hour; every queued mail has our own Message-ID so that replies thread back to the ticket.
 */
@ApplicationScoped
public class MailOutbox {

  /** What to send; {@code references} are the ticket's earlier Message-IDs, oldest first. */
  public record Draft(
      UUID ticketId,
      String to,
      List<String> cc,
      String subject,
      String body,
      List<String> references,
      boolean automatic) {}

  private final EmailConfig config;
  private final ContactIntake intake;
  private final Clock clock;

  MailOutbox(EmailConfig config, ContactIntake intake, Clock clock) {
    this.config = config;
    this.intake = intake;
    this.clock = clock;
  }

  /** A fresh Message-ID of our domain, without angle brackets. */
  public String newMessageId() {
    return UUID.randomUUID() + "@" + config.messageIdDomain();
  }

  /**
   * Queues a mail that is not on the timeline yet and records it there as a notification from the
   * desk (with its Message-ID).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OutboundMail queueAndRecord(Draft draft) {
    OutboundMail mail = queue(draft, newMessageId(), null);
    mail.interactionId =
        intake.recordOutbound(
            new OutboundInteraction(
                draft.ticketId(),
                Channel.EMAIL,
                InteractionKind.NOTIFICATION,
                "system",
                draft.subject(),
                draft.body(),
                mail.messageId,
                List.of(draft.to())));
    return mail;
  }

  /** Queues a mail for an interaction already on the timeline. */
  @Transactional(Transactional.TxType.MANDATORY)
  public OutboundMail queue(Draft draft, String messageId, UUID interactionId) {
    Instant now = clock.instant();
    OutboundMail mail = new OutboundMail();
    mail.id = UUID.randomUUID();
    mail.messageId = messageId;
    mail.interactionId = interactionId;
    mail.ticketId = draft.ticketId();
    mail.recipient = draft.to().strip().toLowerCase(Locale.ROOT);
    mail.cc = String.join(",", draft.cc());
    mail.subject = draft.subject();
    mail.body = draft.body();
    List<String> references = draft.references();
    mail.referenceIds = String.join(" ", references);
    mail.inReplyTo = references.isEmpty() ? null : references.get(references.size() - 1);
    mail.automatic = draft.automatic();
    mail.status =
        draft.automatic() && overAutomaticLimit(mail.recipient, now)
            ? OutboundMail.Status.SUPPRESSED
            : OutboundMail.Status.PENDING;
    mail.nextAttemptAt = now;
    mail.createdAt = now;
    mail.persist();
    return mail;
  }

  private boolean overAutomaticLimit(String recipient, Instant now) {
    long lastHour =
        OutboundMail.count(
            "recipient = ?1 and automatic = true and status <> ?2 and createdAt > ?3",
            recipient,
            OutboundMail.Status.SUPPRESSED,
            now.minus(Duration.ofHours(1)));
    return lastHour >= config.maxAutomaticPerHour();
  }
}

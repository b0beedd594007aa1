package dev.switchboard.intake.email.outbound;

import dev.switchboard.intake.email.EmailConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Sends due outbox mail by SMTP. Each mail is locked, sent and marked in its own transaction, so
 * replicas never send the same mail twice and a failed send is retried with backoff.
 */
@ApplicationScoped
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class);
  private static final int BATCH = 20;

  private final Mailer mailer;
  private final EmailConfig config;
  private final Clock clock;

  MailDelivery(Mailer mailer, EmailConfig config, Clock clock) {
    this.mailer = mailer;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      every = "${switchboard.email.outbound.poll-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void deliverDue() {
    List<UUID> due =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    OutboundMail.<OutboundMail>find(
                            "status = ?1 and nextAttemptAt <= ?2 order by createdAt",
                            OutboundMail.Status.PENDING,
                            clock.instant())
                        .page(0, BATCH)
                        .stream()
                        .map(mail -> mail.id)
                        .toList());
    due.forEach(id -> QuarkusTransaction.requiringNew().run(() -> deliver(id)));
  }

  private void deliver(UUID id) {
    OutboundMail mail = OutboundMail.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (mail == null || mail.status != OutboundMail.Status.PENDING) {
      return;
    }
    try {
      mailer.send(toMail(mail));
      mail.sent(clock.instant());
    } catch (RuntimeException smtpFailure) {
      LOG.warnf("sending %s to %s failed: %s", mail.messageId, mail.recipient, smtpFailure);
      mail.failed(
          String.valueOf(smtpFailure.getMessage()),
          clock.instant(),
          config.outbound().maxAttempts());
    }
  }

  private Mail toMail(OutboundMail outbound) {
    Mail mail =
        Mail.withText(outbound.recipient, outbound.subject, outbound.body)
            .setFrom(config.fromAddress())
            .addHeader("Message-ID", "<" + outbound.messageId + ">")
            .addHeader("X-Loop", config.fromAddress());
    if (!outbound.ccList().isEmpty()) {
      mail.setCc(outbound.ccList());
    }
    if (outbound.inReplyTo != null) {
      mail.addHeader("In-Reply-To", "<" + outbound.inReplyTo + ">");
      mail.addHeader(
          "References",
          outbound.references().stream()
              .map(id -> "<" + id + ">")
              .collect(Collectors.joining(" ")));
    }
    if (outbound.automatic) {
      // RFC 3834: automatic responders must not answer this
      mail.addHeader("Auto-Submitted", "auto-replied");
      mail.addHeader("Precedence", "auto_reply");
    }
    return mail;
  }
}

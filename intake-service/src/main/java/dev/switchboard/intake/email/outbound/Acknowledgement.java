package dev.switchboard.intake.email.outbound;

import dev.switchboard.intake.email.mime.ParsedMail;
import dev.switchboard.intake.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The first response to a new e-mail ticket — a moment of truth: it confirms we have it, gives the
 * ticket number to quote, and says what happens next. Threaded on the customer's message.
 */
@ApplicationScoped
public class Acknowledgement {

  private final MailOutbox outbox;

  Acknowledgement(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void send(UUID ticketId, String to, ParsedMail received) {
    Ticket ticket = Ticket.findById(ticketId);
    List<String> references =
        received.messageId().isEmpty() ? List.of() : List.of(received.messageId());
    outbox.queueAndRecord(
        new MailOutbox.Draft(
            ticket.id,
            to,
            List.of(),
            "[" + ticket.number + "] " + ticket.subject,
            body(ticket),
            references,
            true));
  }

  static String body(Ticket ticket) {
    return "Hello,\n\nwe have received your message and opened ticket "
        + ticket.number
        + " (priority "
        + ticket.priority.wire().toUpperCase(java.util.Locale.ROOT)
        + ").\n\nWhat happens next: an agent of the right team picks it up and answers you by"
        + " e-mail. To add anything, just reply to this message and keep "
        + ticket.number
        + " in the subject; it will join the same ticket.\n\nThis is an automatic message.\n";
  }
}

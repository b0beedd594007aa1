package dev.switchboard.intake.email.inbound;

import dev.switchboard.intake.email.kind.MailClassification;
import dev.switchboard.intake.email.mime.ParsedMail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which ticket a received message belongs to, in this order: a Message-ID it refers to
 * (In-Reply-To, References, or the original inside a bounce) that we received or sent on a ticket;
 * else a ticket number in the subject, only if the sender may write to that ticket (otherwise a new
 * ticket related to it); else a new ticket. Automatic mail is only ever attached by Message-ID.
 */
public final class ThreadingPolicy {

  private static final Pattern TICKET_NUMBER = Pattern.compile("\\bSD-(\\d+)\\b");

  /** A ticket found by Message-ID, with the id that matched. */
  public record ThreadMatch(UUID ticketId, String messageId) {}

  /** A ticket found by number. */
  public record NumberedTicket(UUID ticketId, String number) {}

  private final Function<List<String>, Optional<ThreadMatch>> byMessageId;
  private final Function<String, Optional<NumberedTicket>> byNumber;
  private final Predicate<UUID> senderMayWrite;

  /**
   * @param byMessageId the ticket of the first of these Message-IDs we received or sent
   * @param byNumber the ticket with this number ({@code SD-1042})
   * @param senderMayWrite whether the sender is the ticket's customer, a copied party or an agent
   */
  public ThreadingPolicy(
      Function<List<String>, Optional<ThreadMatch>> byMessageId,
      Function<String, Optional<NumberedTicket>> byNumber,
      Predicate<UUID> senderMayWrite) {
    this.byMessageId = byMessageId;
    this.byNumber = byNumber;
    this.senderMayWrite = senderMayWrite;
  }

  public ThreadingDecision decide(ParsedMail mail, MailClassification classification) {
    List<String> ids = new ArrayList<>();
    classification.originalMessageId().ifPresent(ids::add);
    ids.addAll(mail.referencedMessageIds());
    Optional<ThreadMatch> thread = ids.isEmpty() ? Optional.empty() : byMessageId.apply(ids);
    if (thread.isPresent()) {
      String header =
          classification.originalMessageId().filter(thread.get().messageId()::equals).isPresent()
              ? "the original message inside the " + classification.kind()
              : thread.get().messageId().equals(mail.inReplyTo()) ? "In-Reply-To" : "References";
      return new ThreadingDecision(
          thread.get().ticketId(),
          true,
          null,
          header + " <" + thread.get().messageId() + "> is a message of this ticket");
    }
    if (classification.kind().automatic()) {
      return ThreadingDecision.newTicket("automatic mail referring to no message of ours");
    }
    Matcher number = TICKET_NUMBER.matcher(mail.subject());
    while (number.find()) {
      Optional<NumberedTicket> ticket = byNumber.apply("SD-" + number.group(1));
      if (ticket.isEmpty()) {
        continue;
      }
      if (senderMayWrite.test(ticket.get().ticketId())) {
        return new ThreadingDecision(
            ticket.get().ticketId(),
            false,
            null,
            "subject quotes " + ticket.get().number() + " and the sender may write to it");
      }
      return new ThreadingDecision(
          null,
          false,
          ticket.get().ticketId(),
          "subject quotes "
              + ticket.get().number()
              + " but the sender is not its customer, a copied party or an agent: new ticket,"
              + " related to "
              + ticket.get().number());
    }
    return ThreadingDecision.newTicket("no reference to a known message or ticket: new ticket");
  }
}

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
 * else a ticket number in the subject, then in the text body (not in quoted lines), only if the
 * sender may write to that ticket (otherwise a new ticket related to it); else a new ticket.
 * Automatic mail is only ever attached by Message-ID.
 */
public final class ThreadingPolicy {

  private static final Pattern TICKET_NUMBER = Pattern.compile("\\bSD-(\\d+)\\b");

  private static final Pattern ATTRIBUTION =
      Pattern.compile("(?i)(on\\b.{0,200}\\bwrote:|-{2,}\\s*original message\\s*-{2,})");

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
    List<Quoted> quoted = new ArrayList<>(quotedTickets("subject", mail.subject()));
    quoted.addAll(quotedTickets("body", unquoted(mail.textBody())));
    for (Quoted q : quoted) {
      if (senderMayWrite.test(q.ticket().ticketId())) {
        return new ThreadingDecision(
            q.ticket().ticketId(),
            false,
            null,
            q.where() + " quotes " + q.ticket().number() + " and the sender may write to it");
      }
    }
    if (!quoted.isEmpty()) {
      Quoted first = quoted.get(0);
      return new ThreadingDecision(
          null,
          false,
          first.ticket().ticketId(),
          first.where()
              + " quotes "
              + first.ticket().number()
              + " but the sender is not its customer, a copied party or an agent: new ticket,"
              + " related to "
              + first.ticket().number());
    }
    return ThreadingDecision.newTicket("no reference to a known message or ticket: new ticket");
  }

  /** A known ticket whose number stands in the subject or the body. */
  private record Quoted(String where, NumberedTicket ticket) {}

  private List<Quoted> quotedTickets(String where, String text) {
    List<Quoted> found = new ArrayList<>();
    Matcher number = TICKET_NUMBER.matcher(text);
    while (number.find()) {
      byNumber.apply("SD-" + number.group(1)).ifPresent(t -> found.add(new Quoted(where, t)));
    }
    return found;
  }

  /**
   * The text the sender wrote themselves: without {@code >}-quoted lines, and without an "On …
   * wrote:" (or "-----Original Message-----") attribution and the quoted message after it, unless
   * that message is quoted line by line (then the sender's inline answers between the quotes stay).
   */
  static String unquoted(String body) {
    String[] lines = body == null ? new String[0] : body.split("\\r?\\n", -1);
    StringBuilder own = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith(">")) {
        continue;
      }
      int end = attributionEnd(lines, i);
      if (end >= 0) {
        int next = end + 1;
        while (next < lines.length && lines[next].isBlank()) {
          next++;
        }
        if (next < lines.length && lines[next].strip().startsWith(">")) {
          i = end;
          continue;
        }
        break;
      }
      own.append(lines[i]).append('\n');
    }
    return own.toString();
  }

  /** The last line of an attribution starting at line i (mail clients wrap it), or -1. */
  private static int attributionEnd(String[] lines, int i) {
    String line = lines[i].strip();
    if (ATTRIBUTION.matcher(line).matches()) {
      return i;
    }
    boolean wrapped =
        i + 1 < lines.length
            && line.regionMatches(true, 0, "On ", 0, 3)
            && ATTRIBUTION.matcher(line + " " + lines[i + 1].strip()).matches();
    return wrapped ? i + 1 : -1;
  }
}

package dev.switchboard.intake.email.inbound;

import dev.switchboard.intake.contact.Author;
import dev.switchboard.intake.contact.ContactIntake;
import dev.switchboard.intake.contact.ContactOutcome;
import dev.switchboard.intake.contact.ContactOutcome.Outcome;
import dev.switchboard.intake.contact.InboundContact;
import dev.switchboard.intake.contact.Sender;
import dev.switchboard.intake.customer.IdentityKind;
import dev.switchboard.intake.email.EmailConfig;
import dev.switchboard.intake.email.kind.MailClassification;
import dev.switchboard.intake.email.kind.MailKind;
import dev.switchboard.intake.email.kind.MailKindClassifier;
import dev.switchboard.intake.email.mime.MailAddress;
import dev.switchboard.intake.email.mime.MailLimits;
import dev.switchboard.intake.email.mime.MailParser;
import dev.switchboard.intake.email.mime.ParsedMail;
import dev.switchboard.intake.email.outbound.Acknowledgement;
import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.interaction.Interaction;
import dev.switchboard.intake.interaction.InteractionKind;
import dev.switchboard.intake.interaction.InteractionLog;
import dev.switchboard.intake.ticket.TicketParticipant;
import dev.switchboard.intake.ticket.Tickets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Receives one raw message (from the HTTP endpoint or the IMAP poller): parses and classifies it,
 * threads it, hands it to intake as a channel-neutral contact, keeps the raw message and its
 * attachments, and acknowledges a new ticket. Automatic mail is recorded but never opens or reopens
 * a ticket and is never answered.
 */
@ApplicationScoped
public class EmailIntake {

  private final ContactIntake intake;
  private final InteractionLog log;
  private final Tickets tickets;
  private final Acknowledgement acknowledgement;
  private final MailParser parser;
  private final MailKindClassifier classifier;
  private final Set<String> ownAddresses = new HashSet<>();
  private final List<String> agentDomains;
  private final Clock clock;

  EmailIntake(
      ContactIntake intake,
      InteractionLog log,
      Tickets tickets,
      Acknowledgement acknowledgement,
      EmailConfig config,
      Clock clock) {
    this.intake = intake;
    this.log = log;
    this.tickets = tickets;
    this.acknowledgement = acknowledgement;
    this.clock = clock;
    this.parser =
        new MailParser(
            new MailLimits(config.maxAttachmentBytes(), config.maxTotalAttachmentBytes()));
    ownAddresses.add(config.fromAddress().toLowerCase(Locale.ROOT));
    config
        .ownAddresses()
        .orElse(List.of())
        .forEach(a -> ownAddresses.add(a.toLowerCase(Locale.ROOT)));
    Set<String> ownDomains = new HashSet<>();
    ownDomains.add(config.messageIdDomain());
    this.classifier = new MailKindClassifier(ownDomains);
    this.agentDomains =
        config.agentDomains().orElse(List.of()).stream()
            .map(d -> d.toLowerCase(Locale.ROOT))
            .toList();
  }

  /**
   * @param gateway the user name of the caller (the mail gateway's account, or the IMAP poller)
   */
  @Transactional
  public ContactOutcome receive(byte[] raw, String gateway) {
    ParsedMail mail = parser.parse(raw);
    if (!mail.messageId().isEmpty()) {
      log.lockExternal(Channel.EMAIL, mail.messageId());
    }
    MailClassification classification = classifier.classify(mail);
    MailAddress from =
        mail.from()
            .filter(a -> !a.address().isBlank())
            .orElse(new MailAddress("unknown@invalid", ""));
    Sender sender = Sender.byEmail(identityOf(from), from.displayName());
    Author author = new Author(gateway, isAgent(from));
    ThreadingDecision threading =
        new ThreadingPolicy(
                EmailIntake::ticketOfMessage,
                number ->
                    tickets
                        .byNumber(number)
                        .map(t -> new ThreadingPolicy.NumberedTicket(t.id, t.number)),
                ticketId -> intake.mayWrite(ticketId, sender, author))
            .decide(mail, classification);
    if (threading.byThread() && !classification.kind().automatic()) {
      joinConversation(threading.ticketId(), from.normalized(), sender, author);
    }
    ContactOutcome outcome =
        intake.accept(contact(mail, classification, sender, author, threading));
    if (outcome.outcome() == Outcome.DUPLICATE) {
      return outcome;
    }
    keep(raw, mail, classification, threading, outcome);
    if (outcome.ticketOpened() && mayAnswer(classification, from)) {
      acknowledgement.send(outcome.ticket().id(), from.normalized(), mail);
    }
    return classification.kind() == MailKind.FEEDBACK_REPORT
        ? new ContactOutcome(
            outcome.outcome(),
            outcome.interactionId(),
            outcome.customerId(),
            outcome.ticket(),
            MailKind.FEEDBACK_REPORT.toString(),
            outcome.ticketOpened())
        : outcome;
  }

  private InboundContact contact(
      ParsedMail mail,
      MailClassification classification,
      Sender sender,
      Author author,
      ThreadingDecision threading) {
    List<String> copied =
        Stream.concat(mail.to().stream(), mail.cc().stream())
            .map(MailAddress::normalized)
            .filter(address -> !ownAddresses.contains(address) && !address.equals(sender.email()))
            .distinct()
            .toList();
    return new InboundContact(
        Channel.EMAIL,
        sender,
        author,
        mail.subject().isBlank() ? "(no subject)" : mail.subject(),
        mail.textBody(),
        mail.htmlBody(),
        threading.ticketId(),
        null,
        null,
        interactionKind(classification.kind()),
        !classification.kind().automatic(),
        mail.messageId().isEmpty() ? null : mail.messageId(),
        mail.referencedMessageIds(),
        classification.kind().automatic() ? List.of() : copied,
        null);
  }

  private static InteractionKind interactionKind(MailKind kind) {
    return switch (kind) {
      case NORMAL -> InteractionKind.CONTACT;
      case BOUNCE -> InteractionKind.BOUNCE;
      case LOOP -> InteractionKind.LOOP;
      case AUTO_REPLY, FEEDBACK_REPORT -> InteractionKind.AUTO_REPLY;
    };
  }

  /**
   * Whoever answers in the thread of our own mail (our Message-ID proves they received it) joins
   * the ticket as a participant, like a copied party.
   */
  private void joinConversation(UUID ticketId, String address, Sender sender, Author author) {
    if (!intake.mayWrite(ticketId, sender, author)) {
      TicketParticipant.of(ticketId, address).persist();
    }
  }

  private void keep(
      byte[] raw,
      ParsedMail mail,
      MailClassification classification,
      ThreadingDecision threading,
      ContactOutcome outcome) {
    EmailMessage message = EmailMessage.of(raw, mail, classification, threading, clock.instant());
    message.interactionId = outcome.interactionId();
    message.ticketId = outcome.ticket() == null ? null : outcome.ticket().id();
    message.persist();
    mail.attachments().forEach(a -> EmailAttachment.of(message.id, a).persist());
  }

  private boolean isAgent(MailAddress from) {
    String address = from.normalized();
    return agentDomains.stream().anyMatch(domain -> address.endsWith("@" + domain));
  }

  /**
   * The e-mail identity of the sender. An address that is no e-mail identity (a bare {@code
   * MAILER-DAEMON}, spaces or stray quotes and brackets in it) still names somebody: its characters
   * folded into a local part at the reserved top-level domain {@code invalid} (RFC 2606), e.g.
   * {@code mailer-daemon@invalid}, {@code power-quadrant-system@example.com.invalid}. Such a sender
   * is never answered, because the original address is not deliverable.
   */
  static String identityOf(MailAddress from) {
    try {
      return IdentityKind.EMAIL.canonical(from.normalized(), null);
    } catch (IllegalArgumentException notAnAddress) {
      String address = from.normalized();
      int at = address.lastIndexOf('@');
      String local = fold(at < 0 ? address : address.substring(0, at));
      String domain = at < 0 ? "" : fold(address.substring(at + 1));
      return (local.isEmpty() ? "unknown" : local)
          + "@"
          + (domain.isEmpty() ? "invalid" : domain + ".invalid");
    }
  }

  private static String fold(String text) {
    return text.replaceAll("[^\\p{L}\\p{N}._+-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
  }

  /** Never answer automatic mail, undeliverable or role addresses that nobody reads. */
  private static boolean mayAnswer(MailClassification classification, MailAddress from) {
    String local = from.normalized().replaceAll("@.*$", "");
    return !classification.kind().automatic()
        && from.deliverable()
        && !local.matches("no-?reply|do-?not-?reply|mailer-daemon|postmaster|abuse|bounces?");
  }

  /** The ticket of the first of these Message-IDs that we received or sent on one. */
  private static Optional<ThreadingPolicy.ThreadMatch> ticketOfMessage(List<String> messageIds) {
    for (String messageId : messageIds) {
      Optional<Interaction> interaction =
          Interaction.<Interaction>find(
                  "channel = ?1 and externalId = ?2 and ticketId is not null",
                  Channel.EMAIL,
                  messageId)
              .firstResultOptional();
      if (interaction.isPresent()) {
        return Optional.of(new ThreadingPolicy.ThreadMatch(interaction.get().ticketId, messageId));
      }
    }
    return Optional.empty();
  }
}

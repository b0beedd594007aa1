package dev.switchboard.intake.contact;

import dev.switchboard.contracts.EventType;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.intake.audit.AuditTrail;
import dev.switchboard.intake.config.IntakeConfig;
import dev.switchboard.intake.contact.ContactOutcome.Outcome;
import dev.switchboard.intake.contact.ContactOutcome.TicketSummary;
import dev.switchboard.intake.customer.Customer;
import dev.switchboard.intake.customer.CustomerContext;
import dev.switchboard.intake.customer.CustomerContext.BeforeContact;
import dev.switchboard.intake.customer.CustomerDirectory;
import dev.switchboard.intake.customer.IdentityKind;
import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.interaction.CourtesyReplies;
import dev.switchboard.intake.interaction.Direction;
import dev.switchboard.intake.interaction.Interaction;
import dev.switchboard.intake.interaction.InteractionKind;
import dev.switchboard.intake.interaction.InteractionLog;
import dev.switchboard.intake.interaction.NegativeWording;
import dev.switchboard.intake.interaction.Visibility;
import dev.switchboard.intake.majorincident.MajorIncidents;
import dev.switchboard.intake.ticket.Ticket;
import dev.switchboard.intake.ticket.TicketEvents;
import dev.switchboard.intake.ticket.TicketEvents.Change;
import dev.switchboard.intake.ticket.TicketLifecycle;
import dev.switchboard.intake.ticket.TicketOpening;
import dev.switchboard.intake.ticket.TicketParticipant;
import dev.switchboard.intake.ticket.TicketStatus;
import dev.switchboard.intake.ticket.Tickets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The one point of contact: identify, continue or open, classify, record, check moments of truth.
 */
@ApplicationScoped
public class ContactIntakeService implements ContactIntake {

  private final CustomerDirectory customers;
  private final CustomerContext context;
  private final Tickets tickets;
  private final TicketOpening opening;
  private final TicketLifecycle lifecycle;
  private final TicketEvents events;
  private final InteractionLog log;
  private final MajorIncidents majorIncidents;
  private final CustomerNotifier notifier;
  private final AuditTrail audit;
  private final Clock clock;
  private final int repeatedThreshold;
  private final Duration repeatedWindow;

  ContactIntakeService(
      CustomerDirectory customers,
      CustomerContext context,
      Tickets tickets,
      TicketOpening opening,
      TicketLifecycle lifecycle,
      TicketEvents events,
      InteractionLog log,
      MajorIncidents majorIncidents,
      CustomerNotifier notifier,
      AuditTrail audit,
      Clock clock,
      IntakeConfig config) {
    this.customers = customers;
    this.context = context;
    this.tickets = tickets;
    this.opening = opening;
    this.lifecycle = lifecycle;
    this.events = events;
    this.log = log;
    this.majorIncidents = majorIncidents;
    this.notifier = notifier;
    this.audit = audit;
    this.clock = clock;
    this.repeatedThreshold = config.signals().repeatedContacts();
    this.repeatedWindow = config.signals().repeatedWindow();
  }

  /**
   * A message seen before is a duplicate and changes nothing. An e-mail Message-ID is unique world
   * wide and only the mail gateway posts it, so it is a duplicate whoever sent it; any other
   * channel's external id is the caller's own and only a duplicate for the same customer, so that
   * another customer's id is never answered with their ticket.
   */
  @Override
  @Transactional
  public ContactOutcome accept(InboundContact contact) {
    boolean globalId = contact.externalId() != null && contact.channel() == Channel.EMAIL;
    if (contact.externalId() != null) {
      log.lockExternal(contact.channel(), contact.externalId());
    }
    if (globalId) {
      Interaction earlier = log.findExternal(contact.channel(), contact.externalId());
      if (earlier != null) {
        return outcome(Outcome.DUPLICATE, earlier, ticketOf(earlier), null, false);
      }
    }
    if (contact.kind().isInert()) {
      return recordInert(contact);
    }
    Customer customer = customers.identify(contact.sender());
    if (contact.externalId() != null && !globalId) {
      Interaction earlier = log.findExternal(contact.channel(), contact.externalId(), customer.id);
      if (earlier != null) {
        return outcome(Outcome.DUPLICATE, earlier, ticketOf(earlier), null, false);
      }
    }
    Ticket target = referencedTicket(contact, customer);
    Change by = Change.by(contact.author().name(), contact.channel().wire());

    if (target != null && !opensNewTicket(contact, target)) {
      return continueTicket(contact, customer, target, by);
    }
    if (!contact.mayOpenTicket()) {
      Interaction recorded = record(contact, customer, null, contact.kind());
      return outcome(Outcome.IGNORED, recorded, null, "may_not_open", false);
    }
    return openTicket(contact, customer, by);
  }

  @Override
  @Transactional
  public UUID recordOutbound(OutboundInteraction outbound) {
    return notifier.recordSent(outbound).id;
  }

  @Override
  @Transactional
  public boolean mayWrite(UUID ticketId, Sender sender, Author author) {
    Ticket ticket = Ticket.findById(ticketId);
    return ticket != null && mayWrite(ticket, sender, author);
  }

  private boolean mayWrite(Ticket ticket, Sender sender, Author author) {
    if (author.staff()) {
      return true;
    }
    if (customers.holdsAny(sender, ticket.customerId)) {
      return true;
    }
    return sender.email() != null
        && TicketParticipant.findById(
                new TicketParticipant.Key(
                    ticket.id, sender.email().strip().toLowerCase(Locale.ROOT)))
            != null;
  }

  /**
   * An auto-reply, bounce or loop changes nothing: it is recorded on the ticket it refers to (on
   * that ticket's customer's timeline, whoever sent it), or on the sender's timeline without a
   * ticket.
   */
  private ContactOutcome recordInert(InboundContact contact) {
    Ticket target = explicitTicket(contact).orElse(null);
    Customer customer =
        target != null
            ? Customer.findById(target.customerId)
            : customers.identify(contact.sender());
    Interaction recorded = record(contact, customer, target, contact.kind());
    return outcome(Outcome.IGNORED, recorded, target, contact.kind().wire(), false);
  }

  private Optional<Ticket> explicitTicket(InboundContact contact) {
    if (contact.ticketId() != null) {
      return Optional.ofNullable(Ticket.findById(contact.ticketId()));
    }
    return contact.ticketNumber() == null
        ? Optional.empty()
        : tickets.byNumber(contact.ticketNumber());
  }

  /**
   * The ticket the contact explicitly continues. An explicit id or number the sender may not write
   * to is answered like a missing one (404); a chat conversation only continues the sender's own.
   */
  private Ticket referencedTicket(InboundContact contact, Customer customer) {
    if (contact.ticketId() != null || contact.ticketNumber() != null) {
      String reference =
          contact.ticketId() != null ? contact.ticketId().toString() : contact.ticketNumber();
      return explicitTicket(contact)
          .filter(t -> mayWrite(t, contact.sender(), contact.author()))
          .orElseThrow(() -> ApiProblem.notFound("no ticket " + reference));
    }
    if (contact.conversationId() != null && !contact.conversationId().isBlank()) {
      return tickets.latestOfConversation(contact.conversationId(), customer.id).orElse(null);
    }
    return null;
  }

  /**
   * Closed tickets, and resolved ones past the reopen window, are not continued by a real contact.
   */
  private boolean opensNewTicket(InboundContact contact, Ticket target) {
    if (isCourtesy(contact, target)) {
      return false;
    }
    return contact.mayOpenTicket()
        && (target.status == TicketStatus.CLOSED
            || target.status == TicketStatus.RESOLVED && !lifecycle.mayReopen(target));
  }

  private ContactOutcome continueTicket(
      InboundContact contact, Customer customer, Ticket ticket, Change by) {
    if (isCourtesy(contact, ticket)) {
      Interaction recorded = record(contact, customer, ticket, InteractionKind.COURTESY);
      audit.record("ticket", ticket.id, "courtesy_reply", by.actor(), by.via(), recorded.summary());
      return outcome(Outcome.APPENDED, recorded, ticket, null, false);
    }
    Interaction recorded = record(contact, customer, ticket, contact.kind());
    audit.record("ticket", ticket.id, "contact_appended", by.actor(), by.via(), recorded.summary());
    if (contact.mayOpenTicket() && ticket.status == TicketStatus.RESOLVED) {
      lifecycle.move(
          ticket, TicketStatus.REOPENED, "customer follow-up after resolution", null, by);
    } else if (ticket.status == TicketStatus.PENDING) {
      lifecycle.move(ticket, TicketStatus.IN_PROGRESS, "customer replied", null, by);
    }
    addParticipants(contact, ticket);
    if (raiseSignals(ticket, customer, recorded)) {
      lifecycle.updated(
          ticket, EventType.TICKET_UPDATED, "signals", signalText(ticket), by.from(null));
    }
    return outcome(Outcome.APPENDED, recorded, ticket, null, false);
  }

  /**
   * The customer's signals are read once, before anything is written: the ticket is inserted with
   * its own signals set and its event carries the customer's, counting this contact.
   */
  private ContactOutcome openTicket(InboundContact contact, Customer customer, Change by) {
    BeforeContact before =
        context.beforeContact(
            customer.id, clock.instant().minus(repeatedWindow), repeatedThreshold);
    Ticket ticket =
        opening.open(
            customer.id, contact.channel(), contact.subject(), contact.bodyText(), contact.hints());
    ticket.conversationId = contact.conversationId();
    Interaction interaction = interaction(contact, customer, ticket, InteractionKind.CONTACT);
    ticket.negativeSentiment = interaction.negative;
    ticket.repeatedContacts = before.contactsInWindow() + 1 >= repeatedThreshold;
    ticket.persist();
    Interaction recorded = log.record(interaction, ticket.number);
    addParticipants(contact, ticket);
    audit.record(
        "ticket",
        ticket.id,
        "created",
        by.actor(),
        by.via(),
        ticket.type + " " + ticket.priority + " " + Objects.toString(ticket.category, ""));
    // The created event carries the classification decided at intake; classified.v1 is for a
    // later correction only (a second event here cost every consumer a transaction per contact).
    events.emit(
        EventType.TICKET_CREATED,
        ticket,
        by,
        new CustomerContext.ForEvent(
            before.withContact(recorded.negative),
            customer.identity(IdentityKind.EMAIL).orElse(null)));
    boolean linked =
        majorIncidents
            .matching(ticket)
            .map(incident -> majorIncidents.link(incident, ticket, by))
            .isPresent();
    return outcome(
        linked ? Outcome.LINKED_TO_MAJOR_INCIDENT : Outcome.CREATED, recorded, ticket, null, true);
  }

  private boolean isCourtesy(InboundContact contact, Ticket ticket) {
    boolean afterResolution =
        ticket.status == TicketStatus.RESOLVED || ticket.status == TicketStatus.CLOSED;
    return afterResolution
        && (contact.kind() == InteractionKind.COURTESY
            || contact.kind() == InteractionKind.CONTACT
                && CourtesyReplies.isCourtesy(contact.bodyText()));
  }

  private Interaction record(
      InboundContact contact, Customer customer, Ticket ticket, InteractionKind kind) {
    return log.record(
        interaction(contact, customer, ticket, kind), ticket == null ? null : ticket.number);
  }

  private Interaction interaction(
      InboundContact contact, Customer customer, Ticket ticket, InteractionKind kind) {
    Interaction interaction =
        Interaction.create(
            ticket == null ? null : ticket.id,
            customer.id,
            contact.channel(),
            Direction.INBOUND,
            Visibility.PUBLIC,
            kind,
            clock.instant());
    interaction.author = contact.author().name();
    interaction.authorRole = contact.author().staff() ? "agent" : "customer";
    interaction.sender = senderText(contact.sender());
    interaction.subject = contact.subject();
    interaction.body = contact.bodyText();
    interaction.bodyHtml = contact.bodyHtml();
    interaction.externalId = contact.externalId();
    interaction.inReplyTo =
        contact.inReplyTo().isEmpty() ? null : String.join(" ", contact.inReplyTo());
    interaction.negative =
        kind == InteractionKind.CONTACT
            && NegativeWording.isNegative(
                Objects.toString(contact.subject(), "") + "\n" + contact.bodyText());
    return interaction;
  }

  /** Sets negative-wording and repeated-contact signals; true when one was newly set. */
  private boolean raiseSignals(Ticket ticket, Customer customer, Interaction recorded) {
    boolean changed = false;
    if (recorded.negative && !ticket.negativeSentiment) {
      ticket.negativeSentiment = true;
      changed = true;
    }
    if (!ticket.repeatedContacts && reachedRepeatedThreshold(customer)) {
      ticket.repeatedContacts = true;
      changed = true;
    }
    return changed;
  }

  /**
   * Reads at most the threshold's worth of rows: a customer who writes all day (an integration, a
   * load test) must not make every further contact slower.
   */
  private boolean reachedRepeatedThreshold(Customer customer) {
    return Interaction.getEntityManager()
            .createQuery(
                "select i.id from Interaction i where i.customerId = ?1 and i.direction = ?2"
                    + " and i.kind = ?3 and i.at > ?4",
                UUID.class)
            .setParameter(1, customer.id)
            .setParameter(2, Direction.INBOUND)
            .setParameter(3, InteractionKind.CONTACT)
            .setParameter(4, clock.instant().minus(repeatedWindow))
            .setMaxResults(repeatedThreshold)
            .getResultList()
            .size()
        >= repeatedThreshold;
  }

  private static void addParticipants(InboundContact contact, Ticket ticket) {
    contact.cc().stream()
        .filter(address -> address != null && address.contains("@"))
        .map(address -> address.strip().toLowerCase(Locale.ROOT))
        .distinct()
        .filter(
            address ->
                TicketParticipant.findById(new TicketParticipant.Key(ticket.id, address)) == null)
        .forEach(address -> TicketParticipant.of(ticket.id, address).persist());
  }

  private static String signalText(Ticket ticket) {
    return ticket.signals().stream().map(Object::toString).reduce((a, b) -> a + "," + b).orElse("");
  }

  private static String senderText(Sender sender) {
    return java.util.stream.Stream.of(
            sender.email(), sender.phone(), sender.chatHandle(), sender.name())
        .filter(s -> s != null && !s.isBlank())
        .findFirst()
        .orElse(null);
  }

  private static Ticket ticketOf(Interaction interaction) {
    return interaction.ticketId == null ? null : Ticket.findById(interaction.ticketId);
  }

  private static ContactOutcome outcome(
      Outcome outcome, Interaction interaction, Ticket ticket, String reason, boolean opened) {
    return new ContactOutcome(
        outcome, interaction.id, interaction.customerId, summary(ticket), reason, opened);
  }

  static TicketSummary summary(Ticket ticket) {
    return ticket == null
        ? null
        : new TicketSummary(
            ticket.id,
            ticket.number,
            ticket.type.wire(),
            ticket.category,
            ticket.impact.wire(),
            ticket.urgency.wire(),
            ticket.priority.wire(),
            ticket.status.wire());
  }
}

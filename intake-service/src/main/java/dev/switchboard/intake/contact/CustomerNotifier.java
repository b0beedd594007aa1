package dev.switchboard.intake.contact;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.intake.customer.Customer;
import dev.switchboard.intake.customer.IdentityKind;
import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.interaction.Direction;
import dev.switchboard.intake.interaction.Interaction;
import dev.switchboard.intake.interaction.InteractionKind;
import dev.switchboard.intake.interaction.InteractionLog;
import dev.switchboard.intake.interaction.Visibility;
import dev.switchboard.intake.ticket.Ticket;
import dev.switchboard.intake.ticket.TicketParticipant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Everything the desk says to a customer on a ticket: recorded as an outbound interaction on the
 * timeline and, when the channel delivers messages, handed to it as an {@link OutboundMessage}.
 */
@ApplicationScoped
public class CustomerNotifier {

  private final InteractionLog log;
  private final Event<OutboundMessage> outbound;
  private final Clock clock;

  CustomerNotifier(InteractionLog log, Event<OutboundMessage> outbound, Clock clock) {
    this.log = log;
    this.outbound = outbound;
    this.clock = clock;
  }

  /**
   * Records a public message to the ticket's customer on the ticket's own channel and fires {@link
   * OutboundMessage} for delivery.
   *
   * @param authorRole {@code agent} or {@code system}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Interaction tell(
      Ticket ticket, InteractionKind kind, String author, String authorRole, String body) {
    return tell(ticket, kind, author, authorRole, body, null);
  }

  /**
   * The same for an agent's reply that logs the work it took.
   *
   * @param timeSpentMinutes agent work logged on the message, null for none
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Interaction tell(
      Ticket ticket,
      InteractionKind kind,
      String author,
      String authorRole,
      String body,
      Integer timeSpentMinutes) {
    Interaction interaction =
        Interaction.create(
            ticket.id,
            ticket.customerId,
            ticket.channel,
            Direction.OUTBOUND,
            Visibility.PUBLIC,
            kind,
            clock.instant());
    interaction.author = author;
    interaction.authorRole = authorRole;
    interaction.subject = "[" + ticket.number + "] " + ticket.subject;
    interaction.body = body;
    interaction.timeSpentMinutes = timeSpentMinutes;
    List<String> references = externalIds(ticket);
    log.record(interaction, ticket.number);
    Customer customer = Customer.findById(ticket.customerId);
    outbound.fire(
        new OutboundMessage(
            interaction.id,
            ticket.id,
            ticket.number,
            ticket.customerId,
            ticket.channel,
            kind,
            address(customer, ticket.channel),
            participants(ticket),
            interaction.subject,
            body,
            references));
    return interaction;
  }

  /** Records a message a channel already sent (the seam's {@code recordOutbound}). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Interaction recordSent(OutboundInteraction sent) {
    Ticket ticket = Ticket.findById(sent.ticketId());
    if (ticket == null) {
      throw ApiProblem.notFound("no ticket " + sent.ticketId());
    }
    Interaction interaction =
        Interaction.create(
            ticket.id,
            ticket.customerId,
            sent.channel(),
            Direction.OUTBOUND,
            Visibility.PUBLIC,
            sent.kind(),
            clock.instant());
    interaction.author = sent.author();
    interaction.authorRole = "system".equals(sent.author()) ? "system" : "agent";
    interaction.sender = String.join(", ", sent.recipients());
    interaction.subject = sent.subject();
    interaction.body = Objects.requireNonNullElse(sent.body(), "");
    interaction.externalId = sent.externalId();
    return log.record(interaction, ticket.number);
  }

  private static String address(Customer customer, Channel channel) {
    if (customer == null) {
      return null;
    }
    IdentityKind kind =
        switch (channel) {
          case PHONE -> IdentityKind.PHONE;
          case CHAT -> IdentityKind.CHAT_HANDLE;
          default -> IdentityKind.EMAIL;
        };
    return customer.identity(kind).or(() -> customer.identity(IdentityKind.EMAIL)).orElse(null);
  }

  private static List<String> participants(Ticket ticket) {
    return TicketParticipant.<TicketParticipant>list("key.ticketId", ticket.id).stream()
        .map(p -> p.key.address())
        .toList();
  }

  private static List<String> externalIds(Ticket ticket) {
    return Interaction.<Interaction>list(
            "ticketId = ?1 and externalId is not null order by at", ticket.id)
        .stream()
        .map(i -> i.externalId)
        .toList();
  }
}

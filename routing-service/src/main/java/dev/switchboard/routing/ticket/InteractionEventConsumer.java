package dev.switchboard.routing.ticket;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.interaction.InteractionEvent;
import dev.switchboard.eventing.inbox.ConsumerTransactions;
import dev.switchboard.eventing.inbox.Inbox;
import dev.switchboard.routing.sla.SlaService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code switchboard.interactions}: a public agent reply meets the first response, also
 * when it arrives before the ticket.
 */
@ApplicationScoped
public class InteractionEventConsumer {

  private final Inbox inbox;
  private final TicketRepository tickets;
  private final SlaService sla;
  private final Clock clock;
  private final ConsumerTransactions transactions;

  InteractionEventConsumer(
      Inbox inbox,
      TicketRepository tickets,
      SlaService sla,
      Clock clock,
      ConsumerTransactions transactions) {
    this.inbox = inbox;
    this.tickets = tickets;
    this.sla = sla;
    this.clock = clock;
    this.transactions = transactions;
  }

  @Incoming("interactions")
  @Blocking
  public void onInteraction(ConsumerRecord<String, String> record) {
    transactions.run(
        "interaction " + record.key(),
        () ->
            inbox
                .receive(TicketEventConsumer.CONSUMER, record)
                .filter(event -> event.type() == EventType.INTERACTION_RECORDED)
                .map(event -> event.payload(InteractionEvent.class))
                .filter(InteractionEventConsumer::isPublicAgentReply)
                .ifPresent(this::publicAgentReply));
  }

  /**
   * Meets the first response of a known ticket; for a ticket routing has not seen yet (its events
   * travel on another topic) the reply is kept until the ticket arrives.
   */
  private void publicAgentReply(InteractionEvent reply) {
    Instant at = reply.at() == null ? clock.instant() : reply.at();
    EarlyReply.lockTicket(reply.ticketId());
    tickets
        .findForUpdate(reply.ticketId())
        .ifPresentOrElse(
            ticket -> sla.publicAgentReply(ticket, at),
            () -> EarlyReply.remember(reply.ticketId(), at));
  }

  static boolean isPublicAgentReply(InteractionEvent interaction) {
    return interaction.ticketId() != null
        && "outbound".equals(interaction.direction())
        && "public".equals(interaction.visibility())
        && "agent".equals(interaction.authorRole());
  }
}

package dev.switchboard.routing.ticket;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.interaction.InteractionEvent;
import dev.switchboard.eventing.inbox.Inbox;
import dev.switchboard.routing.sla.SlaService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code switchboard.interactions}: a public agent reply meets the first response. */
@ApplicationScoped
public class InteractionEventConsumer {

  private final Inbox inbox;
  private final TicketRepository tickets;
  private final SlaService sla;
  private final Clock clock;

  InteractionEventConsumer(Inbox inbox, TicketRepository tickets, SlaService sla, Clock clock) {
    this.inbox = inbox;
    this.tickets = tickets;
    this.sla = sla;
    this.clock = clock;
  }

  @Incoming("interactions")
  @Blocking
  @Transactional
  public void onInteraction(ConsumerRecord<String, String> record) {
    inbox
        .receive(TicketEventConsumer.CONSUMER, record)
        .filter(event -> event.type() == EventType.INTERACTION_RECORDED)
        .map(event -> event.payload(InteractionEvent.class))
        .filter(InteractionEventConsumer::isPublicAgentReply)
        .ifPresent(
            reply ->
                tickets
                    .find(reply.ticketId())
                    .ifPresent(
                        ticket ->
                            sla.publicAgentReply(
                                ticket, reply.at() == null ? clock.instant() : reply.at())));
  }

  static boolean isPublicAgentReply(InteractionEvent interaction) {
    return interaction.ticketId() != null
        && "outbound".equals(interaction.direction())
        && "public".equals(interaction.visibility())
        && "agent".equals(interaction.authorRole());
  }
}

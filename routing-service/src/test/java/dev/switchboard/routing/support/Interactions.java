package dev.switchboard.routing.support;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.interaction.InteractionEvent;
import dev.switchboard.contracts.ticket.TicketEvent;
import java.time.Instant;
import java.util.UUID;

/** Interaction events as intake publishes them. */
public final class Interactions {

  private Interactions() {}

  /**
   * Publishes a public e-mail reply by agent1 on the ticket; returns the event's CloudEvents id.
   */
  public static String publishPublicAgentReply(TicketEvent ticket, Instant at) {
    return Kafka.publish(
        EventType.INTERACTION_RECORDED,
        ticket.ticketId(),
        new InteractionEvent(
            UUID.randomUUID(),
            ticket.ticketId(),
            ticket.number(),
            ticket.customerId(),
            "email",
            "outbound",
            "public",
            "reply",
            "agent1",
            "agent",
            120,
            at));
  }
}

package dev.switchboard.knowledge.kcs;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.eventing.inbox.ConsumerTransactions;
import dev.switchboard.eventing.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Takes resolutions and reopenings off {@code switchboard.tickets}, each event applied once. */
@ApplicationScoped
public class TicketEventConsumer {

  static final String CONSUMER = "knowledge-service";

  private static final Set<EventType> CONCERNS_KNOWLEDGE =
      EnumSet.of(EventType.TICKET_RESOLVED, EventType.TICKET_REOPENED);

  private final Inbox inbox;
  private final KcsService kcs;
  private final ConsumerTransactions transactions;

  TicketEventConsumer(Inbox inbox, KcsService kcs, ConsumerTransactions transactions) {
    this.inbox = inbox;
    this.kcs = kcs;
    this.transactions = transactions;
  }

  @Incoming("tickets")
  @Blocking
  void onTicketEvent(ConsumerRecord<String, String> record) {
    if (!Inbox.typeOf(record).map(CONCERNS_KNOWLEDGE::contains).orElse(true)) {
      return; // most ticket events (created, assigned, …) need no transaction here
    }
    transactions.run("ticket event " + record.key(), () -> apply(record));
  }

  private void apply(ConsumerRecord<String, String> record) {
    inbox
        .receive(CONSUMER, record)
        .ifPresent(
            event -> {
              switch (event.type()) {
                case TICKET_RESOLVED -> kcs.resolved(event.payload(TicketEvent.class));
                case TICKET_REOPENED -> kcs.reopened(event.payload(TicketEvent.class));
                default -> {
                  // filtered out before the transaction
                }
              }
            });
  }
}

package dev.switchboard.routing.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.eventing.inbox.ConsumerTransactions;
import dev.switchboard.eventing.inbox.Inbox;
import dev.switchboard.routing.customer.CustomerContextGateway;
import dev.switchboard.routing.customer.CustomerSignals;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code switchboard.tickets}. A new ticket's event carries its customer's signals; for an
 * older event without them they are fetched from intake before the transaction opens, so a slow
 * intake never holds a database connection; a deadlock or another passing database failure is
 * retried before the event goes to the dead-letter topic.
 */
@ApplicationScoped
public class TicketEventConsumer {

  static final String CONSUMER = "routing-service";

  private final Inbox inbox;
  private final TicketProjection projection;
  private final CustomerContextGateway customers;
  private final ObjectMapper json;
  private final ConsumerTransactions transactions;

  TicketEventConsumer(
      Inbox inbox,
      TicketProjection projection,
      CustomerContextGateway customers,
      ObjectMapper json,
      ConsumerTransactions transactions) {
    this.inbox = inbox;
    this.projection = projection;
    this.customers = customers;
    this.json = json;
    this.transactions = transactions;
  }

  @Incoming("tickets")
  @Blocking
  public void onTicketEvent(ConsumerRecord<String, String> record) {
    Optional<CustomerSignals> customer = customerOfNewTicket(record);
    transactions.run(
        "ticket event " + record.key(),
        () ->
            inbox
                .receive(CONSUMER, record)
                .filter(event -> event.type().payloadType() == TicketEvent.class)
                .ifPresent(event -> projection.apply(event.payload(TicketEvent.class), customer)));
  }

  /**
   * The customer's signals for a new ticket: as the event carries them, or, for an event written
   * before intake carried them, from intake's customer-context API.
   */
  private Optional<CustomerSignals> customerOfNewTicket(ConsumerRecord<String, String> record) {
    if (Inbox.typeOf(record).filter(EventType.TICKET_CREATED::equals).isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode event = json.readTree(record.value());
      JsonNode signals = event.path("signals");
      if (signals.path("customerNegativeSentiment").isBoolean()) {
        return Optional.of(
            new CustomerSignals(
                signals.path("contactsLast7Days").asInt(),
                signals.path("customerOpenMajorIncident").asBoolean(),
                signals.path("customerNegativeSentiment").asBoolean()));
      }
      JsonNode customerId = event.path("customerId");
      return customerId.isTextual()
          ? customers.signals(UUID.fromString(customerId.asText()))
          : Optional.empty();
    } catch (IOException | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }
}

package dev.switchboard.intake.routing;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.routing.RoutingEvent;
import dev.switchboard.eventing.inbox.ConsumerTransactions;
import dev.switchboard.eventing.inbox.Inbox;
import dev.switchboard.eventing.inbox.ReceivedEvent;
import dev.switchboard.intake.audit.AuditTrail;
import dev.switchboard.intake.ticket.Ticket;
import dev.switchboard.intake.ticket.TicketEvents.Change;
import dev.switchboard.intake.ticket.TicketLifecycle;
import dev.switchboard.intake.ticket.TicketStatus;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Shows routing's decisions on the ticket: assignment, reassignment and escalation set {@code
 * group} and {@code owner}; a new or reopened ticket becomes {@code assigned}. Idempotent through
 * the inbox: a redelivered event changes nothing.
 */
@ApplicationScoped
public class RoutingEventsConsumer {

  static final String CONSUMER = "intake-service";
  private static final Logger LOG = Logger.getLogger(RoutingEventsConsumer.class);

  /** The routing events that change a ticket's group, owner or status here. */
  private static final Set<EventType> MOVES_THE_TICKET =
      EnumSet.of(
          EventType.TICKET_ASSIGNED, EventType.TICKET_REASSIGNED, EventType.TICKET_ESCALATED);

  private final Inbox inbox;
  private final TicketLifecycle lifecycle;
  private final AuditTrail audit;
  private final ConsumerTransactions transactions;

  RoutingEventsConsumer(
      Inbox inbox, TicketLifecycle lifecycle, AuditTrail audit, ConsumerTransactions transactions) {
    this.inbox = inbox;
    this.lifecycle = lifecycle;
    this.audit = audit;
    this.transactions = transactions;
  }

  @Incoming("routing")
  @Blocking
  void onRoutingEvent(ConsumerRecord<String, String> record) {
    if (!Inbox.typeOf(record).map(MOVES_THE_TICKET::contains).orElse(true)) {
      return; // SLA and swarm events need no transaction here
    }
    transactions.run(
        "routing event " + record.key(),
        () -> inbox.receive(CONSUMER, record).ifPresent(this::apply));
  }

  /** Only the types of {@link #MOVES_THE_TICKET} get here (receive skips unknown ones). */
  private void apply(ReceivedEvent event) {
    assign(event.payload(RoutingEvent.class), event.type().ceType());
  }

  private void assign(RoutingEvent routed, String what) {
    Ticket ticket = routed.ticketId() == null ? null : Ticket.findById(routed.ticketId());
    if (ticket == null) {
      LOG.warnf("%s for unknown ticket %s skipped", what, routed.ticketId());
      return;
    }
    if (routed.group() != null) {
      ticket.group = routed.group();
    }
    ticket.owner = routed.owner();
    Change by = Change.by("routing-service", "routing").because(routed.reason());
    String detail = "group=" + ticket.group + " owner=" + ticket.owner;
    if (ticket.status == TicketStatus.NEW || ticket.status == TicketStatus.REOPENED) {
      lifecycle.move(ticket, TicketStatus.ASSIGNED, detail, null, by);
    } else {
      audit.record("ticket", ticket.id, "routed", by.actor(), by.via(), detail);
    }
  }
}

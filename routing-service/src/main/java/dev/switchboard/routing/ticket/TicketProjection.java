package dev.switchboard.routing.ticket;

import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.contracts.ticket.TicketEvent.TicketSignals;
import dev.switchboard.routing.assignment.AssignmentService;
import dev.switchboard.routing.customer.CustomerSignals;
import dev.switchboard.routing.escalation.EscalationKind;
import dev.switchboard.routing.escalation.EscalationService;
import dev.switchboard.routing.sla.SlaService;
import dev.switchboard.routing.team.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps routing's view of each ticket and reacts to what changed: a new ticket is routed, gets its
 * SLA clocks (stopping first response at a public reply that came before it) and any automatic
 * escalation; a new category re-routes it; a new priority re-targets its clocks; status changes
 * pause, resume and stop them.
 */
@ApplicationScoped
public class TicketProjection {

  static final String P1 = "p1";
  static final String NEGATIVE_SENTIMENT = "negative_sentiment";
  static final String REPEATED_CONTACTS = "repeated_contacts";

  private final AssignmentService assignments;
  private final SlaService sla;
  private final EscalationService escalations;
  private final Clock clock;
  private final int repeatedContactsThreshold;
  private final Set<String> escalateOn;

  TicketProjection(
      AssignmentService assignments,
      SlaService sla,
      EscalationService escalations,
      Clock clock,
      @ConfigProperty(name = "switchboard.routing.repeated-contacts-threshold", defaultValue = "3")
          int repeatedContactsThreshold,
      @ConfigProperty(
              name = "switchboard.routing.escalate-on",
              defaultValue = "p1,negative_sentiment,repeated_contacts")
          Set<String> escalateOn) {
    this.assignments = assignments;
    this.sla = sla;
    this.escalations = escalations;
    this.clock = clock;
    this.repeatedContactsThreshold = repeatedContactsThreshold;
    this.escalateOn = escalateOn;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(TicketEvent event, Optional<CustomerSignals> customer) {
    Instant now = clock.instant();
    Optional<RoutedTicket> known =
        RoutedTicket.findByIdOptional(event.ticketId(), LockModeType.PESSIMISTIC_WRITE);
    if (known.isEmpty()) {
      EarlyReply.lockTicket(event.ticketId());
      open(event, customer, now);
    } else {
      update(known.get(), event, customer, now);
    }
  }

  private void open(TicketEvent event, Optional<CustomerSignals> customer, Instant now) {
    RoutedTicket ticket = RoutedTicket.from(event, now);
    noteSignals(ticket, event.signals(), customer);
    ticket.persist();
    Optional<Instant> earlyReply = EarlyReply.take(ticket.id);
    if (ticket.isOpen()) {
      assignments.route(ticket, "new ticket", "system");
      sla.start(ticket);
      earlyReply.ifPresent(at -> sla.publicAgentReply(ticket, at));
      escalateAutomatically(ticket);
    }
  }

  private void update(
      RoutedTicket ticket, TicketEvent event, Optional<CustomerSignals> customer, Instant now) {
    Instant at = RoutedTicket.occurredAt(event, now);
    if (at.isBefore(ticket.lastEventAt)) {
      return;
    }
    ticket.lastEventAt = at;
    String oldStatus = ticket.status;
    String oldCategory = ticket.category;
    String oldType = ticket.type;
    String oldPriority = ticket.priority;
    boolean wasOpen = ticket.isOpen();
    ticket.copyClassification(event);
    noteSignals(ticket, event.signals(), customer);

    if (ticket.isOpen() && !Objects.equals(oldCategory, ticket.category)) {
      assignments.reroute(
          ticket, "category changed from " + oldCategory + " to " + ticket.category, "system");
    }
    if (!Objects.equals(oldPriority, ticket.priority) || !Objects.equals(oldType, ticket.type)) {
      sla.retarget(ticket);
    }
    sla.statusChanged(ticket, oldStatus, ticket.status, at);
    if (ticket.isOpen()) {
      escalateAutomatically(ticket);
    } else if (wasOpen) {
      assignments.drain(groupsFreedBy(ticket));
    }
  }

  private void noteSignals(
      RoutedTicket ticket, TicketSignals signals, Optional<CustomerSignals> customer) {
    if (signals != null) {
      ticket.noteSignals(
          signals.negativeSentiment(),
          signals.repeatedContacts(),
          signals.majorIncident(),
          signals.contactsLast7Days());
    }
    customer.ifPresent(
        c ->
            ticket.noteSignals(
                c.negativeSentiment(), false, c.openMajorIncident(), c.contactsLast7Days()));
    ticket.noteSignals(false, ticket.contactsLast7Days >= repeatedContactsThreshold, false, 0);
  }

  private void escalateAutomatically(RoutedTicket ticket) {
    if (escalateOn.contains(P1) && P1.equals(ticket.priority)) {
      escalations.automatically(ticket, EscalationKind.HIERARCHICAL, "priority p1", P1);
    }
    if (escalateOn.contains(NEGATIVE_SENTIMENT) && ticket.negativeSentiment) {
      escalations.automatically(
          ticket,
          EscalationKind.HIERARCHICAL,
          "customer sentiment is negative",
          NEGATIVE_SENTIMENT);
    }
    if (escalateOn.contains(REPEATED_CONTACTS) && ticket.repeatedContacts) {
      escalations.automatically(
          ticket,
          EscalationKind.HIERARCHICAL,
          "customer contacted us " + ticket.contactsLast7Days + " times in 7 days",
          REPEATED_CONTACTS);
    }
  }

  private static List<String> groupsFreedBy(RoutedTicket ticket) {
    List<String> groups = new ArrayList<>();
    if (ticket.group != null) {
      groups.add(ticket.group);
    }
    if (ticket.owner != null) {
      Agent.<Agent>findByIdOptional(ticket.owner).ifPresent(a -> groups.addAll(a.groups));
    }
    return groups;
  }
}

package dev.switchboard.routing.ticket;

import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.routing.rule.TicketFacts;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Routing's own projection of a ticket, fed by {@code switchboard.tickets}. */
@Entity
@Table(name = "routing_ticket")
public class RoutedTicket extends PanacheEntityBase {

  static final Set<String> CLOSED_STATUSES = Set.of("resolved", "closed");

  @Id public UUID id;

  public String number;
  public String type;
  public String category;
  public String priority;
  public String status;
  public String channel;

  @Column(name = "customer_id")
  public UUID customerId;

  @Column(name = "group_id")
  public String group;

  public String owner;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "required_skills")
  public List<String> requiredSkills = new ArrayList<>();

  /** Marked by a hierarchical escalation: supervisors watch hot tickets. */
  public boolean hot;

  @Column(name = "negative_sentiment")
  public boolean negativeSentiment;

  @Column(name = "repeated_contacts")
  public boolean repeatedContacts;

  @Column(name = "open_major_incident")
  public boolean openMajorIncident;

  @Column(name = "contacts_last7_days")
  public int contactsLast7Days;

  @Column(name = "swarm_started_at")
  public Instant swarmStartedAt;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "last_event_at")
  public Instant lastEventAt;

  /** Since when the ticket waits in its group queue without an owner; null when owned. */
  @Column(name = "queued_at")
  public Instant queuedAt;

  static RoutedTicket from(TicketEvent event, Instant now) {
    RoutedTicket ticket = new RoutedTicket();
    ticket.id = event.ticketId();
    ticket.createdAt = event.createdAt() == null ? now : event.createdAt();
    ticket.customerId = event.customerId();
    ticket.channel = event.channel();
    ticket.copyClassification(event);
    ticket.lastEventAt = occurredAt(event, now);
    return ticket;
  }

  /** Takes the ticket's facts as they stand after the event. */
  void copyClassification(TicketEvent event) {
    number = event.number();
    type = event.type();
    category = event.category();
    priority = event.priority();
    status = event.status();
    if (event.customerId() != null) {
      customerId = event.customerId();
    }
  }

  /** Signals only ever switch on: a calmed-down customer does not un-escalate a ticket. */
  void noteSignals(
      boolean negative, boolean repeated, boolean majorIncident, int contactsLast7Days) {
    negativeSentiment |= negative;
    repeatedContacts |= repeated;
    openMajorIncident |= majorIncident;
    this.contactsLast7Days = Math.max(this.contactsLast7Days, contactsLast7Days);
  }

  static Instant occurredAt(TicketEvent event, Instant now) {
    return event.occurredAt() == null ? now : event.occurredAt();
  }

  public boolean isOpen() {
    return !CLOSED_STATUSES.contains(status);
  }

  public boolean hasSwarm() {
    return swarmStartedAt != null;
  }

  public TicketFacts facts() {
    return new TicketFacts(
        type,
        category,
        priority,
        channel,
        negativeSentiment,
        repeatedContacts,
        openMajorIncident,
        contactsLast7Days);
  }

  /** Owner and group as routing decided them; a null owner leaves the ticket in the group queue. */
  public void assign(String group, String owner, Instant at) {
    this.group = group;
    this.owner = owner;
    this.queuedAt = owner == null ? at : null;
  }
}

package dev.switchboard.intake.majorincident;

import dev.switchboard.contracts.EventType;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.intake.audit.AuditTrail;
import dev.switchboard.intake.contact.CustomerNotifier;
import dev.switchboard.intake.interaction.InteractionKind;
import dev.switchboard.intake.ticket.Ticket;
import dev.switchboard.intake.ticket.TicketEvents.Change;
import dev.switchboard.intake.ticket.TicketLifecycle;
import dev.switchboard.intake.ticket.TicketLifecycle.Resolution;
import dev.switchboard.intake.ticket.TicketStatus;
import dev.switchboard.intake.ticket.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Major incidents: contacts about an ongoing outage are linked to it and told its latest public
 * update at once; every new update goes once to every linked contact on its own channel; resolving
 * the outage resolves the linked tickets.
 */
@ApplicationScoped
public class MajorIncidents {

  private final TicketLifecycle lifecycle;
  private final CustomerNotifier notifier;
  private final AuditTrail audit;
  private final Clock clock;

  MajorIncidents(
      TicketLifecycle lifecycle, CustomerNotifier notifier, AuditTrail audit, Clock clock) {
    this.lifecycle = lifecycle;
    this.notifier = notifier;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public MajorIncident declare(
      String title, String description, String category, List<String> keywords, String actor) {
    MajorIncident incident = new MajorIncident();
    incident.id = UUID.randomUUID();
    incident.title = title.strip();
    incident.description = description;
    incident.category = category == null || category.isBlank() ? null : category.strip();
    incident.keywords = MajorIncident.joinKeywords(keywords);
    incident.status = MajorIncident.OPEN;
    incident.createdBy = actor;
    incident.createdAt = clock.instant();
    incident.persist();
    audit.record("major_incident", incident.id, "declared", actor, "api", incident.title);
    return incident;
  }

  public MajorIncident get(UUID id) {
    MajorIncident incident = MajorIncident.findById(id);
    if (incident == null) {
      throw ApiProblem.notFound("no major incident " + id);
    }
    return incident;
  }

  /** The newest open major incident this new ticket is about. */
  public Optional<MajorIncident> matching(Ticket ticket) {
    String text = ticket.subject + "\n" + ticket.description;
    boolean incident = ticket.type == TicketType.INCIDENT;
    return MajorIncident.<MajorIncident>list(
            "status = ?1 order by createdAt desc", MajorIncident.OPEN)
        .stream()
        .filter(mi -> mi.matches(text, ticket.category, incident))
        .findFirst();
  }

  /**
   * Links the ticket and tells its customer the outage's latest update (or, before the first one,
   * that the outage is known).
   *
   * @throws ApiProblem 409 when the incident is resolved or the ticket linked elsewhere
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Ticket link(MajorIncident incident, Ticket ticket, Change by) {
    if (!incident.isOpen()) {
      throw ApiProblem.conflict("major incident " + incident.id + " is resolved");
    }
    if (incident.id.equals(ticket.majorIncidentId)) {
      return ticket;
    }
    if (ticket.majorIncidentId != null) {
      throw ApiProblem.conflict(
          ticket.number + " is linked to major incident " + ticket.majorIncidentId);
    }
    ticket.majorIncidentId = incident.id;
    lifecycle.updated(
        ticket, EventType.TICKET_LINKED, "linked", "major incident " + incident.id, by);
    notifier.tell(ticket, InteractionKind.NOTIFICATION, by.actor(), "system", latestNews(incident));
    return ticket;
  }

  /** Posts a public update and sends it once to every linked, still open contact. */
  @Transactional(Transactional.TxType.MANDATORY)
  public MajorIncidentUpdate post(MajorIncident incident, String body, String actor) {
    MajorIncidentUpdate update = new MajorIncidentUpdate();
    update.id = UUID.randomUUID();
    update.majorIncidentId = incident.id;
    update.body = body.strip();
    update.author = actor;
    update.at = clock.instant();
    update.persist();
    for (Ticket ticket : linked(incident)) {
      if (ticket.status != TicketStatus.CLOSED) {
        notifier.tell(ticket, InteractionKind.NOTIFICATION, actor, "agent", update.body);
      }
    }
    audit.record("major_incident", incident.id, "update", actor, "api", update.body);
    return update;
  }

  /** Resolves the outage and every linked ticket that is not resolved yet. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void resolve(MajorIncident incident, String summary, String actor) {
    if (!incident.isOpen()) {
      throw ApiProblem.conflict("major incident " + incident.id + " is already resolved");
    }
    incident.status = MajorIncident.RESOLVED;
    incident.resolutionSummary = summary;
    incident.resolvedAt = clock.instant();
    for (Ticket ticket : linked(incident)) {
      if (ticket.status.isOpen()) {
        lifecycle.move(
            ticket,
            TicketStatus.RESOLVED,
            "major incident resolved",
            new Resolution("major_incident", summary, null),
            Change.by(actor, "api"));
      }
    }
    audit.record("major_incident", incident.id, "resolved", actor, "api", summary);
  }

  public List<Ticket> linked(MajorIncident incident) {
    return Ticket.list("majorIncidentId = ?1 order by createdAt", incident.id);
  }

  public Optional<MajorIncidentUpdate> latestUpdate(MajorIncident incident) {
    return MajorIncidentUpdate.find("majorIncidentId = ?1 order by at desc, id", incident.id)
        .firstResultOptional();
  }

  private String latestNews(MajorIncident incident) {
    return latestUpdate(incident)
        .map(update -> update.body)
        .orElseGet(
            () ->
                "We know about this problem and are working on it: "
                    + incident.title
                    + (incident.description == null ? "" : "\n\n" + incident.description));
  }
}

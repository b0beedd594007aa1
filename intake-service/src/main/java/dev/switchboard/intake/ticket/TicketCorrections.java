package dev.switchboard.intake.ticket;

import dev.switchboard.contracts.EventType;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.intake.ticket.TicketEvents.Change;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;

/**
 * Agents' corrections of a ticket's classification and priority inputs. A changed type or category
 * is stored as a {@link ClassificationCorrection} for the classifier's retraining.
 */
@ApplicationScoped
public class TicketCorrections {

  private final TicketLifecycle lifecycle;
  private final TicketOpening opening;
  private final Clock clock;

  TicketCorrections(TicketLifecycle lifecycle, TicketOpening opening, Clock clock) {
    this.lifecycle = lifecycle;
    this.opening = opening;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void correct(
      Ticket ticket,
      TicketType type,
      String category,
      String catalogItem,
      Level impact,
      Level urgency,
      Change by) {
    if (ticket.status == TicketStatus.CLOSED) {
      throw ApiProblem.conflict(ticket.number + " is closed");
    }
    TicketType newType = type == null ? ticket.type : type;
    String newCategory = category == null ? ticket.category : blankToNull(category);
    String newCatalogItem = catalogItem == null ? ticket.catalogItem : blankToNull(catalogItem);
    if (newType == TicketType.SERVICE_REQUEST && newCatalogItem == null && newCategory == null) {
      throw ApiProblem.invalid(
          "catalogItem", "a service request needs a catalogItem or a category");
    }
    boolean reclassified = newType != ticket.type || !Objects.equals(newCategory, ticket.category);
    if (reclassified) {
      recordCorrection(ticket, newType, newCategory, by.actor());
      ticket.type = newType;
      ticket.category = newCategory;
      ticket.classifiedBy = "agent";
    }
    ticket.catalogItem = newCatalogItem;
    boolean reprioritised = impact != null || urgency != null;
    if (reprioritised) {
      ticket.prioritise(
          impact == null ? ticket.impact : impact,
          urgency == null ? ticket.urgency : urgency,
          opening.matrix());
      ticket.needsTriage = false;
    }
    if (reclassified) {
      lifecycle.updated(
          ticket,
          EventType.TICKET_CLASSIFIED,
          "reclassified",
          ticket.type + " " + Objects.toString(ticket.category, ""),
          by);
    }
    if (reprioritised || !reclassified) {
      lifecycle.updated(
          ticket,
          EventType.TICKET_UPDATED,
          "updated",
          ticket.impact + "/" + ticket.urgency + " -> " + ticket.priority,
          by);
    }
  }

  private void recordCorrection(Ticket ticket, TicketType type, String category, String actor) {
    ClassificationCorrection correction = new ClassificationCorrection();
    correction.ticketId = ticket.id;
    correction.subject = ticket.subject;
    correction.description = ticket.description;
    correction.previousType = ticket.type.wire();
    correction.previousCategory = ticket.category;
    correction.correctedType = type.wire();
    correction.correctedCategory = category;
    correction.correctedBy = actor;
    correction.correctedAt = clock.instant();
    correction.persist();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

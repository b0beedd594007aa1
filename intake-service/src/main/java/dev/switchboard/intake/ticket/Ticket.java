package dev.switchboard.intake.ticket;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.intake.interaction.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** An incident or service request, with its lifecycle rules. */
@Entity
@Table(name = "ticket")
public class Ticket extends PanacheEntityBase {

  @Id public UUID id;
  public String number;

  @Enumerated(EnumType.STRING)
  public TicketType type;

  public String category;

  @Column(name = "catalog_item")
  public String catalogItem;

  /** Who decided type and category: {@code caller}, {@code catalog}, {@code classifier}. */
  @Column(name = "classified_by")
  public String classifiedBy;

  @Enumerated(EnumType.STRING)
  public Level impact;

  @Enumerated(EnumType.STRING)
  public Level urgency;

  @Enumerated(EnumType.STRING)
  public Priority priority;

  @Enumerated(EnumType.STRING)
  public TicketStatus status;

  public String subject;
  public String description;

  @Column(name = "customer_id")
  public UUID customerId;

  @Enumerated(EnumType.STRING)
  public Channel channel;

  @Column(name = "conversation_id")
  public String conversationId;

  @Column(name = "group_name")
  public String group;

  public String owner;

  @Column(name = "major_incident_id")
  public UUID majorIncidentId;

  @Column(name = "needs_triage")
  public boolean needsTriage;

  @Column(name = "negative_sentiment")
  public boolean negativeSentiment;

  @Column(name = "repeated_contacts")
  public boolean repeatedContacts;

  @Column(name = "resolution_code")
  public String resolutionCode;

  @Column(name = "resolution_summary")
  public String resolutionSummary;

  @Column(name = "resolution_article_id")
  public UUID resolutionArticleId;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Column(name = "reopened_count")
  public int reopenedCount;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;

  /** The signals as wire names, e.g. {@code needs_triage}. */
  public Set<Signal> signals() {
    Set<Signal> signals = EnumSet.noneOf(Signal.class);
    if (needsTriage) {
      signals.add(Signal.NEEDS_TRIAGE);
    }
    if (negativeSentiment) {
      signals.add(Signal.NEGATIVE_SENTIMENT);
    }
    if (repeatedContacts) {
      signals.add(Signal.REPEATED_CONTACTS);
    }
    if (majorIncidentId != null) {
      signals.add(Signal.MAJOR_INCIDENT);
    }
    return signals;
  }

  /**
   * Moves the ticket along the lifecycle.
   *
   * @throws ApiProblem 409 when the lifecycle does not allow the move
   */
  public void moveTo(TicketStatus target, Instant now) {
    if (!status.canMoveTo(target)) {
      throw ApiProblem.illegalTransition(status.wire(), target.wire());
    }
    status = target;
    updatedAt = now;
    switch (target) {
      case RESOLVED -> resolvedAt = now;
      case CLOSED -> closedAt = now;
      case REOPENED -> {
        reopenedCount++;
        resolvedAt = null;
        resolutionCode = null;
        resolutionSummary = null;
        resolutionArticleId = null;
      }
      default -> {}
    }
  }

  public void resolve(String code, String summary, UUID articleId, Instant now) {
    moveTo(TicketStatus.RESOLVED, now);
    resolutionCode = code;
    resolutionSummary = summary;
    resolutionArticleId = articleId;
  }

  /** Whether a follow-up contact may still reopen this resolved ticket. */
  public boolean withinReopenWindow(Duration window, Instant now) {
    return status == TicketStatus.RESOLVED
        && resolvedAt != null
        && !now.isAfter(resolvedAt.plus(window));
  }

  /** Sets impact and urgency and recomputes the priority. */
  public void prioritise(Level newImpact, Level newUrgency, PriorityMatrix matrix) {
    impact = newImpact;
    urgency = newUrgency;
    priority = matrix.priority(newImpact, newUrgency);
  }
}

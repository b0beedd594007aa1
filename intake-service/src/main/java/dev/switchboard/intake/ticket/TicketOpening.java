package dev.switchboard.intake.ticket;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.problem.Problem.FieldError;
import dev.switchboard.intake.classification.Classification;
import dev.switchboard.intake.classification.TicketClassifier;
import dev.switchboard.intake.config.IntakeConfig;
import dev.switchboard.intake.contact.TicketHints;
import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.json.WireNames;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds a new ticket from a contact: type and category (explicit type wins, a catalog item makes a
 * service request, otherwise the classifier decides), impact and urgency (missing ones get the
 * configured defaults and {@code needs_triage}), priority from the matrix, required fields per
 * type, and a number {@code SD-<n>} from a sequence.
 */
@ApplicationScoped
public class TicketOpening {

  static final int MAX_SUBJECT = 200;

  private final Instance<TicketClassifier> classifier;
  private final PriorityMatrix matrix;
  private final Level defaultImpact;
  private final Level defaultUrgency;
  private final Clock clock;

  TicketOpening(Instance<TicketClassifier> classifier, IntakeConfig config, Clock clock) {
    this.classifier = classifier;
    this.matrix = PriorityMatrix.parse(config.priority().matrix());
    this.defaultImpact = Level.fromWire(config.priority().defaultImpact());
    this.defaultUrgency = Level.fromWire(config.priority().defaultUrgency());
    this.clock = clock;
  }

  public PriorityMatrix matrix() {
    return matrix;
  }

  /**
   * A new, not yet persisted ticket.
   *
   * @throws ApiProblem 400 naming every invalid or missing field
   */
  public Ticket open(
      UUID customerId, Channel channel, String subject, String description, TicketHints hints) {
    List<FieldError> errors = new ArrayList<>();
    TicketType type = parse(TicketType.class, hints.type(), "type", errors);
    Level impact = parse(Level.class, hints.impact(), "impact", errors);
    Level urgency = parse(Level.class, hints.urgency(), "urgency", errors);
    String text =
        (subject == null ? "" : subject) + "\n" + (description == null ? "" : description);
    if (text.isBlank()) {
      errors.add(new FieldError("description", "must not be blank"));
    }
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors);
    }
    Instant now = clock.instant();
    Ticket ticket = new Ticket();
    ticket.id = UUID.randomUUID();
    ticket.customerId = customerId;
    ticket.channel = channel;
    ticket.subject = subjectOf(subject, description);
    ticket.description =
        description == null || description.isBlank() ? ticket.subject : description;
    ticket.catalogItem = blankToNull(hints.catalogItem());
    ticket.category = blankToNull(hints.category());
    classify(ticket, type);
    requireFieldsOf(ticket);
    ticket.needsTriage = impact == null || urgency == null;
    ticket.prioritise(
        impact == null ? defaultImpact : impact,
        urgency == null ? defaultUrgency : urgency,
        matrix);
    ticket.status = TicketStatus.NEW;
    ticket.createdAt = now;
    ticket.updatedAt = now;
    ticket.number = nextNumber();
    return ticket;
  }

  private void classify(Ticket ticket, TicketType explicitType) {
    boolean needsType = explicitType == null && ticket.catalogItem == null;
    boolean needsCategory = ticket.category == null;
    Classification suggestion =
        (needsType || needsCategory) && classifier.isResolvable()
            ? classifier.get().classify(ticket.subject, ticket.description)
            : null;
    if (explicitType != null) {
      ticket.type = explicitType;
      ticket.classifiedBy = "caller";
    } else if (ticket.catalogItem != null) {
      ticket.type = TicketType.SERVICE_REQUEST;
      ticket.classifiedBy = "catalog";
    } else if (suggestion != null) {
      ticket.type = TicketType.fromWire(suggestion.type());
      ticket.classifiedBy = "classifier";
    } else {
      ticket.type = TicketType.INCIDENT;
      ticket.classifiedBy = "default";
    }
    if (needsCategory && suggestion != null) {
      ticket.category = suggestion.category();
      if (!"classifier".equals(ticket.classifiedBy)) {
        ticket.classifiedBy = ticket.classifiedBy + "+classifier";
      }
    }
  }

  /** A service request needs a catalog item or a category to be fulfilled. */
  private static void requireFieldsOf(Ticket ticket) {
    if (ticket.type == TicketType.SERVICE_REQUEST
        && ticket.catalogItem == null
        && ticket.category == null) {
      throw ApiProblem.invalid(
          "catalogItem", "a service request needs a catalogItem or a category");
    }
  }

  private static String subjectOf(String subject, String description) {
    String text = subject != null && !subject.isBlank() ? subject : description;
    String line = text.strip().lines().findFirst().orElse("").strip();
    return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT - 1) + "…";
  }

  private static String nextNumber() {
    Object next =
        Panache.getEntityManager()
            .createNativeQuery("select nextval('ticket_number_seq')")
            .getSingleResult();
    return "SD-" + ((Number) next).longValue();
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, List<FieldError> errors) {
    try {
      return WireNames.parse(type, value);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, e.getMessage()));
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

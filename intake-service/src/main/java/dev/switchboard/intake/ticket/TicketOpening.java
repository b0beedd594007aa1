package dev.switchboard.intake.ticket;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.problem.Problem.FieldError;
import dev.switchboard.intake.classification.CategoryTree;
import dev.switchboard.intake.classification.Classification;
import dev.switchboard.intake.classification.TicketClassifier;
import dev.switchboard.intake.config.IntakeConfig;
import dev.switchboard.intake.contact.TicketHints;
import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.json.WireNames;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Builds a new ticket from a contact: type and category (explicit type wins, a catalog item makes a
 * service request, otherwise the classifier decides), impact and urgency (missing ones get the
 * configured defaults and {@code needs_triage}), priority from the matrix, required fields per
 * type, and a number {@code SD-<n>} from a sequence.
 */
@ApplicationScoped
public class TicketOpening {

  static final int MAX_SUBJECT = 200;

  private final TicketClassifier classifier;
  private final CategoryTree categories;
  private final PriorityMatrix matrix;
  private final Level defaultImpact;
  private final Level defaultUrgency;
  private final Clock clock;

  TicketOpening(
      TicketClassifier classifier, CategoryTree categories, IntakeConfig config, Clock clock) {
    this.classifier = classifier;
    this.categories = categories;
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
    String category = category(hints.category(), errors);
    String text =
        (subject == null ? "" : subject) + "\n" + (description == null ? "" : description);
    if (text.isBlank()) {
      errors.add(new FieldError("description", "must not be blank"));
    }
    if (type == TicketType.SERVICE_REQUEST
        && blankToNull(hints.catalogItem()) == null
        && category == null) {
      errors.add(
          new FieldError("catalogItem", "a service request needs a catalogItem or a category"));
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
    ticket.category = category;
    classify(ticket, type);
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
        needsType || needsCategory ? classifier.classify(ticket.subject, ticket.description) : null;
    if (explicitType != null) {
      ticket.type = explicitType;
      ticket.classifiedBy = "caller";
    } else if (ticket.catalogItem != null) {
      ticket.type = TicketType.SERVICE_REQUEST;
      ticket.classifiedBy = "catalog";
    } else {
      ticket.type = TicketType.fromWire(suggestion.type());
      ticket.classifiedBy = "classifier";
    }
    if (needsCategory) {
      ticket.category = suggestion.category();
      if (!"classifier".equals(ticket.classifiedBy)) {
        ticket.classifiedBy = ticket.classifiedBy + "+classifier";
      }
    }
  }

  /** A category must be in the desk's tree (any case); null when none was given. */
  String category(String given, List<FieldError> errors) {
    String category = blankToNull(given);
    if (category == null) {
      return null;
    }
    String canonical = category.toLowerCase(java.util.Locale.ROOT);
    if (!categories.contains(canonical)) {
      errors.add(
          new FieldError(
              "category",
              "must be a category of the tree: "
                  + String.join(", ", categories.categories())
                  + " (or a branch above one)"));
    }
    return canonical;
  }

  private static String subjectOf(String subject, String description) {
    String text = subject != null && !subject.isBlank() ? subject : description;
    String line = text.strip().lines().findFirst().orElse("").strip();
    return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT - 1) + "…";
  }

  /**
   * Straight on the transaction's connection: as a native query, Hibernate flushed the whole
   * session before it (it cannot tell which tables a native query reads), a third of its cost.
   */
  private static String nextNumber() {
    long next =
        Panache.getEntityManager()
            .unwrap(Session.class)
            .doReturningWork(
                connection -> {
                  try (PreparedStatement sequence =
                          connection.prepareStatement("select nextval('ticket_number_seq')");
                      ResultSet row = sequence.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                  }
                });
    return "SD-" + next;
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

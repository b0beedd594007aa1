package dev.switchboard.intake.customer;

import dev.switchboard.httpapi.PageRequest;
import dev.switchboard.intake.interaction.Interaction;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The timeline and signals of the customer-context API, read with indexed queries only ({@code
 * interaction_customer_at} for the timeline; a partial index per signal, V63 and V64).
 */
@ApplicationScoped
public class CustomerContext {

  /**
   * Past this many, a customer's contacts in the last 7 days are reported as this many: the signal
   * means "contacts us a lot" long before, and it is counted for every new ticket and in every
   * ticket event, so what a high-volume customer (an integration, a monitoring feed) costs there is
   * bounded by this number. 1,000 made counting the largest part of such a customer's contact.
   */
  public static final int CONTACTS_COUNTED_UP_TO = 100;

  /**
   * How a count stops at a number. The order keeps the count on the customer's index under the
   * generic plan PostgreSQL caches: with a plain limit, one customer holding most recent contacts
   * made "scan the table until that many" look cheap, and for every other customer that read the
   * whole table (65 ms at 87,000 interactions).
   */
  private static final String NEWEST_FIRST_UP_TO = " order by at desc limit ";

  /**
   * Inbound contacts and courtesy replies of customer ?1 since ?2, up to {@link
   * #CONTACTS_COUNTED_UP_TO}: the one definition shared by the context API and every ticket event,
   * counted from the partial index {@code interaction_inbound_contact} alone.
   */
  private static final String CONTACTS_LAST_7_DAYS =
      "select count(*) from (select 1 from interaction where customer_id = ?1"
          + " and direction = 'INBOUND' and kind in ('CONTACT', 'COURTESY') and at > ?2"
          + NEWEST_FIRST_UP_TO
          + CONTACTS_COUNTED_UP_TO
          + ") recent";

  private final Clock clock;

  CustomerContext(Clock clock) {
    this.clock = clock;
  }

  /** One entry of the timeline, newest first. */
  public record TimelineEntry(
      UUID interactionId,
      String ticketNumber,
      String channel,
      String direction,
      String kind,
      String visibility,
      Instant at,
      String summary) {}

  /** The moment-of-truth signals of a customer. */
  public record Signals(
      int contactsLast7Days, boolean openMajorIncident, boolean negativeSentiment) {}

  public record Timeline(List<TimelineEntry> items, long total) {}

  /** Every interaction of the customer on every channel, newest first. */
  public Timeline timeline(UUID customerId, boolean includeInternal, PageRequest page) {
    String visibility = includeInternal ? "" : " and i.visibility = 'PUBLIC'";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select i.id, t.number, i.channel, i.direction, i.kind, i.visibility, i.at,"
                    + " coalesce(nullif(i.subject, ''), i.body)"
                    + " from interaction i left join ticket t on t.id = i.ticket_id"
                    + " where i.customer_id = ?1"
                    + visibility
                    + " order by i.at desc, i.id limit ?2 offset ?3")
            .setParameter(1, customerId)
            .setParameter(2, page.size())
            .setParameter(3, page.offset())
            .getResultList();
    Number total =
        (Number)
            Panache.getEntityManager()
                .createNativeQuery(
                    "select count(*) from interaction i where i.customer_id = ?1" + visibility)
                .setParameter(1, customerId)
                .getSingleResult();
    return new Timeline(rows.stream().map(CustomerContext::entry).toList(), total.longValue());
  }

  /**
   * The customer's signals in one statement: for the context API and in every ticket event, so
   * routing reads them from the event instead of calling back.
   */
  public Signals signals(UUID customerId) {
    return signals((Object[]) statement(signalsSql(""), customerId).getSingleResult());
  }

  /**
   * What a ticket event says about its customer: the signals and the first e-mail address (as
   * {@link Customer#identity} orders them), in one statement, without loading the customer.
   */
  public ForEvent forEvent(UUID customerId) {
    Object[] row =
        (Object[])
            statement(
                    signalsSql(
                        ", (select value from customer_identity where customer_id = ?1"
                            + " and kind = 'EMAIL' order by created_at limit 1)"),
                    customerId)
                .getSingleResult();
    return new ForEvent(signals(row), (String) row[3]);
  }

  /** The customer facts a ticket event carries. */
  public record ForEvent(Signals signals, String email) {}

  /**
   * The customer's signals before a new contact is recorded, and their inbound contacts since
   * {@code windowStart} (counted up to {@code countUpTo}), in the same one statement: a new ticket
   * is inserted with its signals set and its event carries them, without reading either back.
   */
  public BeforeContact beforeContact(UUID customerId, Instant windowStart, int countUpTo) {
    // countUpTo is written into the statement, not bound: with the limit a parameter PostgreSQL
    // estimates a generic plan so dear that it plans every execution anew (0.3 ms, more than the
    // query takes); with it written in, the cached generic plan is used.
    Object[] row =
        (Object[])
            statement(beforeContactSql(countUpTo), customerId)
                .setParameter(3, Timestamp.from(windowStart))
                .getSingleResult();
    return new BeforeContact(signals(row), ((Number) row[3]).intValue());
  }

  /** What {@link #beforeContact} read. */
  public record BeforeContact(Signals signals, int contactsInWindow) {

    /** The customer's signals once the new inbound contact (negatively worded or not) is in. */
    public Signals withContact(boolean negative) {
      return new Signals(
          Math.min(signals.contactsLast7Days() + 1, CONTACTS_COUNTED_UP_TO),
          signals.openMajorIncident(),
          signals.negativeSentiment() || negative);
    }
  }

  /**
   * The signals statement and, after them, the customer's inbound contacts since ?3 counted up to
   * {@code countUpTo}; ?1 the customer, ?2 a week ago.
   */
  static String beforeContactSql(int countUpTo) {
    return signalsSql(
        ", (select count(*) from (select 1 from interaction where customer_id = ?1"
            + " and direction = 'INBOUND' and kind = 'CONTACT' and at > ?3"
            + NEWEST_FIRST_UP_TO
            + Math.max(countUpTo, 0)
            + ") in_window)");
  }

  private static String signalsSql(String moreColumns) {
    return "select ("
        + CONTACTS_LAST_7_DAYS
        + "),"
        + " exists (select 1 from ticket t join major_incident m"
        + "   on m.id = t.major_incident_id"
        + "   where t.customer_id = ?1 and t.major_incident_id is not null"
        + "   and m.status = 'open'),"
        + " exists (select 1 from interaction where customer_id = ?1"
        + "   and negative and at > ?2)"
        + " or exists (select 1 from ticket where customer_id = ?1"
        + "   and negative_sentiment and status not in ('RESOLVED', 'CLOSED'))"
        + moreColumns;
  }

  /** A signals statement for customer ?1 and ?2 a week ago. */
  private Query statement(String sql, UUID customerId) {
    return Panache.getEntityManager()
        .createNativeQuery(sql)
        .setParameter(1, customerId)
        .setParameter(2, weekAgo());
  }

  private static Signals signals(Object[] row) {
    return new Signals(
        ((Number) row[0]).intValue(), Boolean.TRUE.equals(row[1]), Boolean.TRUE.equals(row[2]));
  }

  private Timestamp weekAgo() {
    return Timestamp.from(clock.instant().minus(Duration.ofDays(7)));
  }

  private static TimelineEntry entry(Object[] row) {
    return new TimelineEntry(
        (UUID) row[0],
        (String) row[1],
        lower(row[2]),
        lower(row[3]),
        lower(row[4]),
        lower(row[5]),
        row[6] instanceof Timestamp ts ? ts.toInstant() : (Instant) row[6],
        Interaction.summarise(row[7] == null ? null : row[7].toString()));
  }

  private static String lower(Object value) {
    return value.toString().toLowerCase(java.util.Locale.ROOT);
  }
}

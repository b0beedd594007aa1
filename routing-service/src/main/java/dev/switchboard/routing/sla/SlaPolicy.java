package dev.switchboard.routing.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** First-response and resolution targets for a priority, optionally narrowed to a ticket type. */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy extends PanacheEntityBase {

  @Id public String id;

  public String name;
  public String priority;

  /** Null: any type. A policy for the ticket's type wins over one for any type. */
  @Column(name = "ticket_type")
  public String ticketType;

  @Column(name = "first_response")
  public String firstResponse;

  public String resolution;

  @Column(name = "calendar_id")
  public String calendarId;

  /** Share of the target at which the warning fires; null means the service default. */
  @Column(name = "warning_share")
  public BigDecimal warningShare;

  /** What a warning triggers: {@code hierarchical}, {@code functional} or {@code none}. */
  @Column(name = "warning_escalation")
  public String warningEscalation;

  /**
   * The target fields ({@code firstResponse}, {@code resolution}) for which the calendar does not
   * give enough business time within {@link BusinessCalendar#MAX_TARGET_DAYS} days of {@code from}:
   * a clock could never be scheduled on them.
   */
  public List<String> targetsBeyond(BusinessCalendar calendar, Instant from) {
    List<String> beyond = new ArrayList<>();
    if (!calendar.reaches(from, Duration.parse(firstResponse))) {
      beyond.add("firstResponse");
    }
    if (!calendar.reaches(from, Duration.parse(resolution))) {
      beyond.add("resolution");
    }
    return beyond;
  }

  /** The policy for a ticket: same priority, its own type preferred over "any type". */
  public static Optional<SlaPolicy> forTicket(String priority, String type) {
    return find(
            "priority = ?1 and (ticketType is null or ticketType = ?2)"
                + " order by case when ticketType is null then 1 else 0 end, id",
            priority,
            type)
        .firstResultOptional();
  }
}

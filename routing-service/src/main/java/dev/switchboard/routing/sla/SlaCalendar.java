package dev.switchboard.routing.sla;

import dev.switchboard.routing.sla.BusinessCalendar.Segment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored business-hours calendar; {@link #toBusinessCalendar()} gives its arithmetic. */
@Entity
@Table(name = "sla_calendar")
public class SlaCalendar extends PanacheEntityBase {

  @Id public String id;

  public String name;

  @Column(name = "time_zone")
  public String timeZone;

  /** Weekday name ({@code monday}) to segments ({@code 08:00-18:00}). */
  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, List<String>> week = new LinkedHashMap<>();

  /** ISO dates on which the desk is closed. */
  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> holidays = new ArrayList<>();

  /**
   * The arithmetic of this calendar.
   *
   * @throws IllegalArgumentException when a zone, day, segment or date is malformed
   */
  public BusinessCalendar toBusinessCalendar() {
    Map<DayOfWeek, List<Segment>> days = new EnumMap<>(DayOfWeek.class);
    week.forEach(
        (day, segments) ->
            days.put(
                DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)),
                segments.stream().map(Segment::parse).toList()));
    Set<LocalDate> closed = holidays.stream().map(LocalDate::parse).collect(Collectors.toSet());
    return new BusinessCalendar(ZoneId.of(timeZone), days, closed);
  }
}

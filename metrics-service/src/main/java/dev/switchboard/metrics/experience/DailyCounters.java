package dev.switchboard.metrics.experience;

import dev.switchboard.metrics.sql.Jdbc;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps {@code experience_daily} and the {@link DurationHistograms duration histograms} equal to
 * what the facts say: the days the projection marked dirty are recomputed from the facts, one
 * grouping-sets pass per batch of days, so counters and histograms are a pure function of the facts
 * (and a rebuild yields identical numbers).
 */
@ApplicationScoped
public class DailyCounters {

  private static final long REFRESH_LOCK = 0x6d65747269637331L;

  static final String DIMENSION =
      """
      case when grouping(channel) = 0 then 'channel' when grouping(type) = 0 then 'type'
           when grouping(category) = 0 then 'category' when grouping(support_group) = 0 then 'group'
           else 'total' end""";

  static final String KEY =
      """
      case when grouping(channel) = 0 then channel when grouping(type) = 0 then type
           when grouping(category) = 0 then category
           when grouping(support_group) = 0 then support_group else 'total' end""";

  /**
   * A ticket resolved first time: no reassignment, escalation, wait, or reopening within 7 days.
   */
  static final String FIRST_CONTACT_RESOLVED =
      """
      case when t.reassigned or t.escalated or t.waited_on_customer then 0
           when t.reopen_count > 0 and coalesce(
               t.reopened_at <= coalesce(t.first_resolved_at, t.closed_at) + interval '7 days',
               true) then 0
           else 1 end""";

  static final String TICKET_DIMENSIONS =
      """
      coalesce(t.channel, 'unknown') as channel, coalesce(t.type, 'unknown') as type,
      coalesce(t.category, 'unknown') as category,
      coalesce(t.support_group, 'unassigned') as support_group""";

  private static final String RECOMPUTE =
      """
      insert into experience_daily (dimension, day, key, contacts, tickets, resolved,
          first_contact_resolved, reopened, sla_measured, sla_met, csat_1, csat_2, csat_3, csat_4,
          csat_5, handled_interactions, handle_seconds, deflections)
      select %s, day, %s,
          sum(contacts), sum(tickets), sum(resolved), sum(fcr), sum(reopened), sum(sla_measured),
          sum(sla_met), sum(csat_1), sum(csat_2), sum(csat_3), sum(csat_4), sum(csat_5),
          sum(handled), sum(handle_seconds), sum(deflections)
      from (
          select t.created_day as day, %s,
              0 contacts, 1 tickets, 0 resolved, 0 fcr, 0 reopened,
              (t.sla_met or t.sla_breached)::int sla_measured,
              (t.sla_met and not t.sla_breached)::int sla_met,
              0 csat_1, 0 csat_2, 0 csat_3, 0 csat_4, 0 csat_5, 0 handled, 0 handle_seconds,
              0 deflections
          from ticket_fact t where t.created_day = any(?)
        union all
          select t.resolved_day, %s,
              0, 0, 1, %s, (t.reopen_count > 0)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
          from ticket_fact t where t.resolved_day = any(?)
        union all
          select (i.at at time zone 'UTC')::date, coalesce(i.channel, t.channel, 'unknown'),
              coalesce(t.type, 'unknown'), coalesce(t.category, 'unknown'),
              coalesce(t.support_group, 'unassigned'),
              (i.direction = 'inbound' and i.kind in ('contact', 'reply', 'courtesy'))::int,
              0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
              (i.handle_seconds > 0)::int, i.handle_seconds, 0
          from interaction_fact i left join ticket_fact t on t.ticket_id = i.ticket_id
          where (i.at at time zone 'UTC')::date = any(?)
        union all
          select (c.at at time zone 'UTC')::date, coalesce(t.channel, c.channel, 'unknown'),
              coalesce(t.type, 'unknown'), coalesce(t.category, 'unknown'),
              coalesce(t.support_group, 'unassigned'),
              0, 0, 0, 0, 0, 0, 0, (c.rating = 1)::int, (c.rating = 2)::int, (c.rating = 3)::int,
              (c.rating = 4)::int, (c.rating = 5)::int, 0, 0, 0
          from csat_fact c left join ticket_fact t on t.ticket_id = c.ticket_id
          where (c.at at time zone 'UTC')::date = any(?)
        union all
          -- a deflection has no ticket: it counts in the total and its category only
          select (d.at at time zone 'UTC')::date, null, null, coalesce(d.category, 'unknown'), null,
              0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
          from deflection_fact d where (d.at at time zone 'UTC')::date = any(?)
      ) facts
      group by grouping sets ((day), (day, channel), (day, type), (day, category),
          (day, support_group))
      having %s is not null
      """
          .formatted(
              DIMENSION, KEY, TICKET_DIMENSIONS, TICKET_DIMENSIONS, FIRST_CONTACT_RESOLVED, KEY);

  private final Jdbc jdbc;
  private final DurationHistograms histograms;
  private final Clock clock;
  private final RecountPacing pacing;

  public DailyCounters(
      Jdbc jdbc,
      DurationHistograms histograms,
      Clock clock,
      @ConfigProperty(name = "switchboard.experience.refresh-busy-share") double refreshBusyShare) {
    this.jdbc = jdbc;
    this.histograms = histograms;
    this.clock = clock;
    this.pacing = new RecountPacing(refreshBusyShare);
  }

  /** Recomputes every dirty day; returns how many days were recomputed. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int flush() {
    return recomputeDirtyDays();
  }

  @Scheduled(
      every = "${switchboard.experience.refresh-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void refreshInBackground() {
    Instant started = clock.instant();
    if (pacing.due(started)) {
      recomputeDirtyDays();
      pacing.ran(started, clock.instant());
    }
  }

  private int recomputeDirtyDays() {
    jdbc.query("select pg_advisory_xact_lock(?)", row -> null, REFRESH_LOCK);
    List<LocalDate> days =
        jdbc.query(
            "delete from experience_dirty_day returning day",
            row -> row.getObject("day", LocalDate.class));
    if (days.isEmpty()) {
      return 0;
    }
    LocalDate[] batch = days.toArray(LocalDate[]::new);
    jdbc.update("delete from experience_daily where day = any(?)", (Object) batch);
    jdbc.update(RECOMPUTE, batch, batch, batch, batch, batch);
    histograms.recompute(batch);
    return days.size();
  }

  /** Marks every day that has any fact as dirty (after a rebuild or a bulk load). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void markAllDays() {
    jdbc.update(
        """
        insert into experience_dirty_day (day)
        select distinct d from (
            select created_day as d from ticket_fact
            union select resolved_day from ticket_fact
            union select (at at time zone 'UTC')::date from interaction_fact
            union select (at at time zone 'UTC')::date from csat_fact
            union select (at at time zone 'UTC')::date from deflection_fact
        ) days where d is not null
        on conflict do nothing
        """);
  }
}

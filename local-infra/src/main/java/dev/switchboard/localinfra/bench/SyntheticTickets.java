package dev.switchboard.localinfra.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Loads synthetic facts into a metrics-service database for {@code /experience} benchmarks: tickets
 * evenly spread over a period with their first contact, first reply and some survey answers, and
 * the period's days to be marked for the daily counters to be recomputed. Shared by the module's
 * {@code ExperienceBenchmark} (its own database) and {@code ./switchboard bench} (the local
 * stack's, on a period without real data, removed afterwards). Seeded tickets are numbered {@code
 * prefix + n}.
 */
public final class SyntheticTickets {

  // resolutions come up to 5 days after creation and survey answers 2 hours after that
  private static final int TRAILING_DAYS = 7;

  private SyntheticTickets() {}

  /** Inserts {@code tickets} tickets created from {@code start} over {@code days} days. */
  public static void insert(
      Connection connection, String prefix, int tickets, LocalDate start, int days)
      throws SQLException {
    // durations skewed like real desks (many quick, a long tail); business time about a third
    try (PreparedStatement ticketFacts =
            connection.prepareStatement(
                """
                insert into ticket_fact (ticket_id, number, type, category, channel, support_group,
                    created_at, first_response_at, first_resolved_at, resolved_at, resolution_code,
                    reopen_count, reassigned, escalated, waited_on_customer, sla_met, sla_breached,
                    first_response_business_minutes, resolution_business_minutes)
                select gen_random_uuid(), ? || g,
                    case when g % 3 = 0 then 'service_request' else 'incident' end,
                    'category-' || (g % 20),
                    (array['email', 'portal', 'chat', 'phone', 'api', 'walk_in'])[1 + g % 6],
                    'group-' || (g % 8), c, c + random() * interval '4 hours',
                    case when g % 10 <> 0 then c + d end, case when g % 10 <> 0 then c + d end,
                    'code-' || (g % 4), (g % 37 = 0)::int, g % 5 = 0, g % 17 = 0, g % 7 = 0,
                    g % 9 <> 0, g % 9 = 0,
                    random() * 240 * 0.6,
                    case when g % 10 <> 0 then extract(epoch from d) / 60 * 0.3 end
                from generate_series(1, ?) g,
                    lateral (select ?::timestamptz
                        + (g::double precision / ?) * (? * interval '1 day') as c,
                        power(random() + g * 0, 2) * interval '5 days' as d) created
                """);
        PreparedStatement interactions =
            connection.prepareStatement(
                """
                insert into interaction_fact (interaction_id, ticket_id, channel, direction,
                    visibility, kind, author_role, handle_seconds, at)
                select gen_random_uuid(), ticket_id, channel, 'inbound', 'public', 'contact',
                    'customer', 0, created_at from ticket_fact where number like ? || '%'
                union all
                select gen_random_uuid(), ticket_id, channel, 'outbound', 'public', 'reply', 'agent',
                    (60 + random() * 900)::bigint, first_response_at
                from ticket_fact where number like ? || '%'
                """);
        PreparedStatement surveys =
            connection.prepareStatement(
                """
                insert into csat_fact (event_id, ticket_id, channel, rating, at)
                select gen_random_uuid()::text, ticket_id, channel, 1 + (abs(hashtext(number)) % 5),
                    resolved_at + interval '2 hours'
                from ticket_fact where number like ? || '%' and resolved_at is not null
                    and abs(hashtext(number)) % 5 = 0
                """);
        Statement statement = connection.createStatement()) {
      ticketFacts.setString(1, prefix);
      ticketFacts.setInt(2, tickets);
      ticketFacts.setString(3, start + " 00:00:00+00");
      ticketFacts.setInt(4, tickets);
      ticketFacts.setInt(5, days);
      ticketFacts.executeUpdate();
      interactions.setString(1, prefix);
      interactions.setString(2, prefix);
      interactions.executeUpdate();
      surveys.setString(1, prefix);
      surveys.executeUpdate();
      statement.execute("vacuum analyze ticket_fact");
      statement.execute("vacuum analyze interaction_fact");
      statement.execute("vacuum analyze csat_fact");
    }
  }

  /** The last day with facts of a period seeded by {@link #insert}. */
  public static LocalDate lastDay(LocalDate start, int days) {
    return start.plusDays(days + TRAILING_DAYS);
  }

  /** Marks the days from {@code from} to {@code to} for the daily counters to be recomputed. */
  public static void markDirty(Connection connection, LocalDate from, LocalDate to)
      throws SQLException {
    try (PreparedStatement dirtyDays =
        connection.prepareStatement(
            "insert into experience_dirty_day (day) select generate_series(?::date, ?::date,"
                + " interval '1 day')::date on conflict do nothing")) {
      dirtyDays.setDate(1, Date.valueOf(from));
      dirtyDays.setDate(2, Date.valueOf(to));
      dirtyDays.executeUpdate();
    }
  }

  /**
   * Deletes the tickets numbered {@code prefix…} with their facts, and marks their period for the
   * service to recompute its daily counters and duration histograms without them.
   */
  public static int remove(Connection connection, String prefix, LocalDate start, int days)
      throws SQLException {
    String seeded = "select ticket_id from ticket_fact where number like ? || '%'";
    try (PreparedStatement interactions =
            connection.prepareStatement(
                "delete from interaction_fact where ticket_id in (" + seeded + ")");
        PreparedStatement surveys =
            connection.prepareStatement(
                "delete from csat_fact where ticket_id in (" + seeded + ")");
        PreparedStatement ticketFacts =
            connection.prepareStatement("delete from ticket_fact where number like ? || '%'")) {
      interactions.setString(1, prefix);
      interactions.executeUpdate();
      surveys.setString(1, prefix);
      surveys.executeUpdate();
      ticketFacts.setString(1, prefix);
      int removed = ticketFacts.executeUpdate();
      markDirty(connection, start, lastDay(start, days));
      return removed;
    }
  }
}

package dev.switchboard.metrics.projection;

import dev.switchboard.metrics.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Projects imported tickets into the facts, as events would have: the ticket, its opening contact
 * and the days to recount. Used by an import and again by every rebuild.
 */
@ApplicationScoped
public class ImportedHistoryProjection {

  private final Jdbc jdbc;

  ImportedHistoryProjection(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Projects the given imported tickets, or all of them when {@code ticketIds} is null. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void project(UUID[] ticketIds) {
    jdbc.update(
        """
        insert into ticket_fact (ticket_id, number, type, category, configuration_item, channel,
            support_group, customer_id, created_at, first_resolved_at, resolved_at, closed_at,
            resolution_code, reopen_count, reassigned, waited_on_customer, sla_met, sla_breached,
            imported)
        select ticket_id, number, type, category, configuration_item, channel, support_group,
            customer_id, created_at, coalesce(resolved_at, closed_at), resolved_at, closed_at,
            resolution_code, reopen_count, reassigned, waited_on_customer,
            coalesce(sla_met, false), coalesce(not sla_met, false), true
        from imported_ticket where ?::uuid[] is null or ticket_id = any(?::uuid[])
        on conflict (ticket_id) do update set
            number = excluded.number, type = excluded.type, category = excluded.category,
            configuration_item = excluded.configuration_item, channel = excluded.channel,
            support_group = excluded.support_group, customer_id = excluded.customer_id,
            created_at = excluded.created_at, first_resolved_at = excluded.first_resolved_at,
            resolved_at = excluded.resolved_at, closed_at = excluded.closed_at,
            resolution_code = excluded.resolution_code, reopen_count = excluded.reopen_count,
            reassigned = excluded.reassigned, waited_on_customer = excluded.waited_on_customer,
            sla_met = excluded.sla_met, sla_breached = excluded.sla_breached, imported = true
        """,
        ticketIds,
        ticketIds);
    // the opening contact of each imported ticket (its id is the ticket's: both are name-based)
    jdbc.update(
        """
        insert into interaction_fact (interaction_id, ticket_id, channel, direction, visibility,
            kind, author_role, handle_seconds, at)
        select ticket_id, ticket_id, channel, 'inbound', 'public', 'contact', 'customer', 0,
            created_at
        from imported_ticket where ?::uuid[] is null or ticket_id = any(?::uuid[])
        on conflict (interaction_id) do update set channel = excluded.channel, at = excluded.at
        """,
        ticketIds,
        ticketIds);
    jdbc.update(
        """
        insert into experience_dirty_day (day)
        select distinct d from ticket_fact t,
            lateral (values (t.created_day), (t.resolved_day)) as days(d)
        where t.imported and d is not null
          and (?::uuid[] is null or t.ticket_id = any(?::uuid[]))
        on conflict do nothing
        """,
        ticketIds,
        ticketIds);
  }
}

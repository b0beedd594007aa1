package dev.switchboard.metrics.history;

import dev.switchboard.metrics.projection.ImportedHistoryProjection;
import dev.switchboard.metrics.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stores imported tickets (kept apart from the projections so that a rebuild projects them again)
 * and projects them. Importing the same log twice updates the same tickets.
 */
@ApplicationScoped
public class HistoryImport {

  private final Jdbc jdbc;
  private final ImportedHistoryProjection projection;
  private final Clock clock;

  HistoryImport(Jdbc jdbc, ImportedHistoryProjection projection, Clock clock) {
    this.jdbc = jdbc;
    this.projection = projection;
    this.clock = clock;
  }

  @Transactional
  public void store(String source, List<ImportedIncident> incidents) {
    Instant now = clock.instant();
    for (ImportedIncident incident : incidents) {
      jdbc.update(
          """
          insert into imported_ticket (ticket_id, source, number, type, category,
              configuration_item, channel, support_group, customer_id, created_at, resolved_at,
              closed_at, resolution_code, reopen_count, reassigned, waited_on_customer, sla_met,
              imported_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          on conflict (ticket_id) do update set
              source = excluded.source, number = excluded.number, type = excluded.type,
              category = excluded.category, configuration_item = excluded.configuration_item,
              channel = excluded.channel, support_group = excluded.support_group,
              customer_id = excluded.customer_id, created_at = excluded.created_at,
              resolved_at = excluded.resolved_at, closed_at = excluded.closed_at,
              resolution_code = excluded.resolution_code, reopen_count = excluded.reopen_count,
              reassigned = excluded.reassigned, waited_on_customer = excluded.waited_on_customer,
              sla_met = excluded.sla_met, imported_at = excluded.imported_at
          """,
          incident.ticketId(),
          source,
          incident.number(),
          incident.type(),
          incident.category(),
          incident.configurationItem(),
          incident.channel(),
          incident.group(),
          incident.customerId(),
          incident.createdAt(),
          incident.resolvedAt(),
          incident.closedAt(),
          incident.resolutionCode(),
          incident.reopenCount(),
          incident.reassigned(),
          incident.waitedOnCustomer(),
          incident.slaMet(),
          now);
    }
    projection.project(incidents.stream().map(ImportedIncident::ticketId).toArray(UUID[]::new));
  }
}

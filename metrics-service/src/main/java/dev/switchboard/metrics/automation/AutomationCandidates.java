package dev.switchboard.metrics.automation;

import dev.switchboard.contracts.EventType;
import dev.switchboard.eventing.outbox.Outbox;
import dev.switchboard.httpapi.Page;
import dev.switchboard.metrics.outbox.ExperienceEvents;
import dev.switchboard.metrics.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks, on each resolved service request, at the requests of the same catalog item and category
 * resolved within the window; when the policy says they are frequent and resolved alike, records
 * (or refreshes) an automation candidate and announces a new one.
 */
@ApplicationScoped
public class AutomationCandidates {

  private static final int MAX_MEMBERS_IN_EVENT = 100;

  private final Jdbc jdbc;
  private final Outbox outbox;
  private final Clock clock;
  private final AutomationPolicy policy;
  private final Duration window;

  AutomationCandidates(
      Jdbc jdbc,
      Outbox outbox,
      Clock clock,
      @ConfigProperty(name = "switchboard.automation.min-requests") int minRequests,
      @ConfigProperty(name = "switchboard.automation.min-share") double minShare,
      @ConfigProperty(name = "switchboard.automation.window") Duration window) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.clock = clock;
    this.policy = new AutomationPolicy(minRequests, minShare);
    this.window = window;
  }

  private record Request(String catalogItem, String category, String code, Instant resolvedAt) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void onRequestResolved(UUID ticketId) {
    Optional<Request> resolved =
        jdbc.one(
            """
            select catalog_item, category, resolution_code, first_resolved_at from ticket_fact
            where ticket_id = ? and type = 'service_request' and resolution_code is not null
              and first_resolved_at is not null
            """,
            row ->
                new Request(
                    row.getString("catalog_item"),
                    row.getString("category"),
                    row.getString("resolution_code"),
                    Jdbc.instant(row, "first_resolved_at")),
            ticketId);
    if (resolved.isEmpty()) {
      return;
    }
    Request request = resolved.get();
    String sameKind =
        """
        from ticket_fact where type = 'service_request'
          and catalog_item is not distinct from ? and category is not distinct from ?
          and first_resolved_at between ? and ?
        """;
    Object[] kindParams = {
      request.catalogItem(),
      request.category(),
      request.resolvedAt().minus(window),
      request.resolvedAt()
    };
    long all =
        jdbc.one("select count(*) " + sameKind, row -> row.getLong(1), kindParams).orElse(0L);
    List<UUID> alike =
        jdbc.query(
            "select ticket_id " + sameKind + " and resolution_code = ?",
            row -> Jdbc.uuid(row, "ticket_id"),
            append(kindParams, request.code()));
    if (policy.isCandidate(alike.size(), all)) {
      record(request, alike, (double) alike.size() / all, ticketId);
    }
  }

  public Page<AutomationCandidateView> list(int page, int size) {
    long total =
        jdbc.one("select count(*) from automation_candidate", row -> row.getLong(1)).orElse(0L);
    List<AutomationCandidateView> items =
        jdbc.query(
            "select * from automation_candidate order by requests desc, id limit ? offset ?",
            AutomationCandidates::view,
            size,
            (long) page * size);
    return new Page<>(items, page, size, total);
  }

  private void record(Request request, List<UUID> alike, double share, UUID ticketId) {
    Instant now = clock.instant();
    UUID newId = UUID.randomUUID();
    UUID id =
        jdbc.one(
                """
                insert into automation_candidate (id, catalog_item, category, resolution_code,
                    requests, share, detected_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (catalog_item, category, resolution_code) do update set
                    requests = excluded.requests, share = excluded.share,
                    updated_at = excluded.updated_at
                returning id
                """,
                row -> Jdbc.uuid(row, "id"),
                newId,
                request.catalogItem(),
                request.category(),
                request.code(),
                alike.size(),
                share,
                now,
                now)
            .orElseThrow();
    if (id.equals(newId)) {
      String what = request.catalogItem() != null ? request.catalogItem() : request.category();
      outbox.emit(
          EventType.AUTOMATION_CANDIDATE_DETECTED,
          ticketId,
          ExperienceEvents.candidate(
              ticketId,
              null,
              id,
              request.category(),
              alike.size() + " requests for " + what + " resolved as " + request.code(),
              alike.subList(0, Math.min(alike.size(), MAX_MEMBERS_IN_EVENT)),
              now));
    }
  }

  private static AutomationCandidateView view(ResultSet row) throws SQLException {
    return new AutomationCandidateView(
        Jdbc.uuid(row, "id"),
        row.getString("catalog_item"),
        row.getString("category"),
        row.getString("resolution_code"),
        row.getInt("requests"),
        row.getDouble("share"),
        Jdbc.instant(row, "detected_at"),
        Jdbc.instant(row, "updated_at"));
  }

  private static Object[] append(Object[] params, Object last) {
    Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
    all[params.length] = last;
    return all;
  }
}

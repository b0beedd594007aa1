package dev.switchboard.routing.ticket;

import dev.switchboard.httpapi.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads of the ticket projection that more than one feature needs. */
@ApplicationScoped
public class TicketRepository {

  /** The ticket, or 404 while routing has not seen it. */
  public RoutedTicket require(UUID ticketId) {
    return RoutedTicket.<RoutedTicket>findByIdOptional(ticketId)
        .orElseThrow(() -> ApiProblem.notFound("routing has not seen ticket " + ticketId));
  }

  /** The ticket locked for a change, or 404. */
  public RoutedTicket requireForUpdate(UUID ticketId) {
    return RoutedTicket.<RoutedTicket>findByIdOptional(ticketId, LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(() -> ApiProblem.notFound("routing has not seen ticket " + ticketId));
  }

  /** The ticket locked for a change, if routing has seen it. */
  public Optional<RoutedTicket> findForUpdate(UUID ticketId) {
    return RoutedTicket.findByIdOptional(ticketId, LockModeType.PESSIMISTIC_WRITE);
  }

  public Optional<RoutedTicket> find(UUID ticketId) {
    return RoutedTicket.findByIdOptional(ticketId);
  }

  /** Open tickets owned per agent: the {@code load} of each agent. */
  public Map<String, Integer> openLoad(Collection<String> agents) {
    Map<String, Integer> load = new HashMap<>();
    if (agents.isEmpty()) {
      return load;
    }
    List<Object[]> rows =
        RoutedTicket.getEntityManager()
            .createQuery(
                "select t.owner, count(t) from RoutedTicket t where t.owner in :agents"
                    + " and t.status not in :closed group by t.owner",
                Object[].class)
            .setParameter("agents", agents)
            .setParameter("closed", RoutedTicket.CLOSED_STATUSES)
            .getResultList();
    rows.forEach(row -> load.put((String) row[0], ((Number) row[1]).intValue()));
    return load;
  }

  /**
   * Open tickets waiting without an owner in a group, oldest first, locked and skipped if taken.
   */
  public List<RoutedTicket> queued(String group, int limit) {
    return RoutedTicket.<RoutedTicket>find(
            "group = ?1 and owner is null and status not in ?2 order by queuedAt, createdAt",
            group,
            RoutedTicket.CLOSED_STATUSES)
        .page(0, limit)
        .list();
  }

  /** Locks the oldest unowned open ticket of a group, skipping rows another pull has locked. */
  public Optional<RoutedTicket> claimOldestQueued(String group) {
    @SuppressWarnings("unchecked")
    List<RoutedTicket> rows =
        RoutedTicket.getEntityManager()
            .createNativeQuery(
                "select * from routing_ticket where group_id = ?1 and owner is null"
                    + " and status not in ('resolved', 'closed')"
                    + " order by queued_at nulls last, created_at limit 1 for update skip locked",
                RoutedTicket.class)
            .setParameter(1, group)
            .getResultList();
    return rows.stream().findFirst();
  }
}

package dev.switchboard.intake.ticket;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.PageRequest;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Finds tickets by id, number, conversation and filters. */
@ApplicationScoped
public class Tickets {

  private static final Pattern NUMBER = Pattern.compile("(?i)SD-\\d{1,18}");

  /** A UUID or a number like {@code SD-1042} (any case). */
  public Optional<Ticket> byIdOrNumber(String idOrNumber) {
    if (idOrNumber == null) {
      return Optional.empty();
    }
    if (NUMBER.matcher(idOrNumber.strip()).matches()) {
      return byNumber(idOrNumber);
    }
    try {
      return Optional.ofNullable(Ticket.findById(UUID.fromString(idOrNumber.strip())));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  public Optional<Ticket> byNumber(String number) {
    String canonical = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    return Ticket.find("number", canonical).firstResultOptional();
  }

  /**
   * The newest not yet closed ticket of this chat conversation and customer. Holds the conversation
   * until the transaction ends, so two first messages of it at once open one ticket, not two.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Ticket> latestOfConversation(String conversationId, UUID customerId) {
    Panache.getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "conversation:" + customerId + ":" + conversationId)
        .getSingleResult();
    return Ticket.find(
            "conversationId = ?1 and customerId = ?2 and status <> ?3 order by createdAt desc",
            conversationId,
            customerId,
            TicketStatus.CLOSED)
        .firstResultOptional();
  }

  /** Tickets matching the filters (each optional), newest first. */
  public Page<Ticket> list(
      UUID customerId, TicketStatus status, TicketType type, PageRequest page) {
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (customerId != null) {
      where.add("customerId = :customer");
      params.and("customer", customerId);
    }
    if (status != null) {
      where.add("status = :status");
      params.and("status", status);
    }
    if (type != null) {
      where.add("type = :type");
      params.and("type", type);
    }
    String query = where.isEmpty() ? "" : String.join(" and ", where);
    var found =
        Ticket.<Ticket>find(query, Sort.descending("createdAt").and("number"), params)
            .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
    return new Page<>(found.list(), page.page(), page.size(), found.count());
  }
}

package dev.switchboard.knowledge.kcs;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.knowledge.article.Article;
import dev.switchboard.knowledge.article.ArticleRepository;
import dev.switchboard.knowledge.article.KnowledgeEvents;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Knowledge-centred service: resolved tickets are counted per category (for the gap report) and the
 * article a resolution names is linked to the ticket; a reopened ticket marks its links.
 */
@ApplicationScoped
public class KcsService {

  private static final Logger LOG = Logger.getLogger(KcsService.class);

  private final AgroalDataSource dataSource;
  private final ArticleRepository articles;
  private final KnowledgeEvents events;
  private final Clock clock;

  KcsService(
      AgroalDataSource dataSource,
      ArticleRepository articles,
      KnowledgeEvents events,
      Clock clock) {
    this.dataSource = dataSource;
    this.articles = articles;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void resolved(TicketEvent ticket) {
    Instant at = ticket.occurredAt() != null ? ticket.occurredAt() : clock.instant();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement upsert =
          connection.prepareStatement(
              "insert into kb_resolved_ticket (ticket_id, number, category, resolved_at,"
                  + " reopened_count) values (?, ?, ?, ?, ?) on conflict (ticket_id) do update"
                  + " set number = excluded.number, category = excluded.category,"
                  + " resolved_at = excluded.resolved_at, reopened_count ="
                  + " greatest(kb_resolved_ticket.reopened_count, excluded.reopened_count)")) {
        upsert.setObject(1, ticket.ticketId());
        upsert.setString(2, ticket.number());
        upsert.setString(3, category(ticket.category()));
        upsert.setTimestamp(4, Timestamp.from(at));
        upsert.setInt(5, ticket.reopenedCount());
        upsert.executeUpdate();
      }
      UUID articleId = ticket.resolution() == null ? null : ticket.resolution().articleId();
      if (articleId != null) {
        link(connection, articleId, ticket, at);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not record resolution of " + ticket.ticketId(), e);
    }
  }

  private void link(Connection connection, UUID articleId, TicketEvent ticket, Instant at)
      throws SQLException {
    Optional<Article> article = articles.find(articleId);
    if (article.isEmpty()) {
      LOG.warnf("ticket %s names unknown article %s; not linked", ticket.number(), articleId);
      return;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into kb_article_link (article_id, ticket_id, linked_at) values (?, ?, ?)"
                + " on conflict do nothing")) {
      insert.setObject(1, articleId);
      insert.setObject(2, ticket.ticketId());
      insert.setTimestamp(3, Timestamp.from(at));
      if (insert.executeUpdate() == 1) {
        Article linked = article.get();
        int version = linked.isLive() ? linked.publishedVersion() : linked.latestVersion();
        events.emit(
            EventType.ARTICLE_LINKED,
            articles.version(articleId, version),
            ticket.ticketId(),
            null,
            ticket.actor(),
            at);
      }
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void reopened(TicketEvent ticket) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "update kb_resolved_ticket set reopened_count ="
                    + " greatest(reopened_count + 1, ?) where ticket_id = ?");
        PreparedStatement mark =
            connection.prepareStatement(
                "update kb_article_link set reopened = true where ticket_id = ?")) {
      count.setInt(1, ticket.reopenedCount());
      count.setObject(2, ticket.ticketId());
      count.executeUpdate();
      mark.setObject(1, ticket.ticketId());
      mark.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not record reopening of " + ticket.ticketId(), e);
    }
  }

  private static String category(String category) {
    return category == null || category.isBlank()
        ? GapReport.UNCATEGORISED
        : category.strip().toLowerCase(Locale.ROOT);
  }
}

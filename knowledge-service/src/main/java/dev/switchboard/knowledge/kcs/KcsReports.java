package dev.switchboard.knowledge.kcs;

import dev.switchboard.knowledge.article.ArticleRepository;
import dev.switchboard.knowledge.kcs.GapReport.Gap;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Article health and the gap report, read straight from the knowledge tables. */
@ApplicationScoped
public class KcsReports {

  private final AgroalDataSource dataSource;

  KcsReports(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public ArticleHealth health(UUID articleId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select a.views,"
                    + " (select count(*) from kb_article_link l where l.article_id = a.id),"
                    + " (select count(*) from kb_article_link l where l.article_id = a.id"
                    + "   and l.reopened),"
                    + " (select count(*) from kb_feedback f where f.article_id = a.id"
                    + "   and f.helpful),"
                    + " (select count(*) from kb_feedback f where f.article_id = a.id"
                    + "   and not f.helpful),"
                    + " (select count(*) from kb_suggestion s where s.shown @> array[a.id]),"
                    + " (select count(*) from kb_suggestion s where s.accepted_article_id = a.id)"
                    + " from kb_article a where a.id = ?")) {
      select.setObject(1, articleId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw ArticleRepository.notFound(articleId);
        }
        return ArticleHealth.of(
            articleId,
            rs.getLong(1),
            rs.getLong(2),
            rs.getLong(3),
            rs.getLong(4),
            rs.getLong(5),
            rs.getLong(6),
            rs.getLong(7));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read health of " + articleId, e);
    }
  }

  public GapReport gaps(Instant since, int minResolved, double maxLinkedShare) {
    List<Gap> gaps = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select t.category, count(*),"
                    + " count(*) filter (where exists (select 1 from kb_article_link l"
                    + "   where l.ticket_id = t.ticket_id)),"
                    + " (select count(*) from kb_search_doc d where d.category = t.category)"
                    + " from kb_resolved_ticket t where t.resolved_at >= ?"
                    + " group by t.category order by count(*) desc, t.category")) {
      select.setTimestamp(1, Timestamp.from(since));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          Gap gap = Gap.of(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
          if (gap.isGap(minResolved, maxLinkedShare)) {
            gaps.add(gap);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not compute the gap report", e);
    }
    return new GapReport(since, minResolved, maxLinkedShare, gaps);
  }
}

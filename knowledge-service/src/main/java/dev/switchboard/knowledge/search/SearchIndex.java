package dev.switchboard.knowledge.search;

import dev.switchboard.knowledge.article.ArticleVersion;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;

/**
 * The searchable copy of each live article version, written in the transaction that publishes or
 * retires it, so search never shows a draft, an old version or a retired article, and the
 * typo-tolerance vocabulary holds the words of the live articles only.
 */
@ApplicationScoped
public class SearchIndex {

  private final AgroalDataSource dataSource;

  SearchIndex(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void put(ArticleVersion live) {
    String body = MarkdownText.plain(live.body());
    String tags = String.join(" ", live.tags());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement upsert =
            connection.prepareStatement(
                "insert into kb_search_doc (article_id, version, title, body, category, tags_text,"
                    + " audience, language, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (article_id) do update set version = excluded.version,"
                    + " title = excluded.title, body = excluded.body, category = excluded.category,"
                    + " tags_text = excluded.tags_text, audience = excluded.audience,"
                    + " language = excluded.language, published_at = excluded.published_at");
        PreparedStatement language =
            connection.prepareStatement(
                "insert into kb_search_language (language) values (?) on conflict do nothing")) {
      Vocabulary.removeLive(connection, live.articleId());
      upsert.setObject(1, live.articleId());
      upsert.setInt(2, live.version());
      upsert.setString(3, live.title());
      upsert.setString(4, body);
      upsert.setString(5, live.category());
      upsert.setString(6, tags);
      upsert.setString(7, live.audience().wireName());
      upsert.setString(8, live.language());
      upsert.setTimestamp(9, Timestamp.from(live.publishedAt()));
      upsert.executeUpdate();
      language.setString(1, live.language());
      language.executeUpdate();
      Vocabulary.add(connection, live.title() + "\n" + tags + "\n" + body);
    } catch (SQLException e) {
      throw new IllegalStateException("could not index article " + live.articleId(), e);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void remove(UUID articleId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("delete from kb_search_doc where article_id = ?")) {
      Vocabulary.removeLive(connection, articleId);
      delete.setObject(1, articleId);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not unindex article " + articleId, e);
    }
  }
}

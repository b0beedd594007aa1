package dev.switchboard.knowledge.search;

import dev.switchboard.knowledge.article.Audience;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Full-text search over live articles: each language's stemmer, weighted title (A) / tags and
 * category (B) / body (C), typo correction from the corpus vocabulary, and {@code ts_headline}
 * snippets computed for the returned page only.
 */
@ApplicationScoped
public class SearchEngine {

  private static final String HEADLINE_OPTIONS =
      "StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2,"
          + " FragmentDelimiter=\" … \"";
  private static final int MAX_TITLE_PROBE = 200;

  private final DataSource dataSource;
  private final Ranking ranking;
  private final Synonyms synonyms = Synonyms.builtIn();

  public SearchEngine(DataSource dataSource, Ranking ranking) {
    this.dataSource = dataSource;
    this.ranking = ranking;
  }

  public SearchResults search(SearchRequest request) {
    if (request.query().isEmpty() || request.audiences().isEmpty()) {
      return SearchResults.NONE;
    }
    try (Connection connection = dataSource.getConnection()) {
      Map<String, String> unknownWords =
          Vocabulary.corrections(
              connection, request.query().correctableWords(), ranking.correctionSimilarity());
      List<Object> params = new ArrayList<>();
      String sql = sql(request, unknownWords, params);
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < params.size(); i++) {
          Object param = params.get(i);
          if (param instanceof String[] array) {
            select.setArray(i + 1, connection.createArrayOf("text", array));
          } else {
            select.setObject(i + 1, param);
          }
        }
        return read(select);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("search failed", e);
    }
  }

  private String sql(SearchRequest request, Map<String, String> unknownWords, List<Object> params) {
    TsQuerySql tsquery = new TsQuerySql(request.query(), unknownWords, synonyms, params);
    String strict = tsquery.strict();
    String loose = tsquery.loose();
    StringBuilder sql =
        // materialized: the tsqueries are built once per language, not once per article row (an
        // inlined q re-ran plainto_tsquery for each candidate, and each stop-word-only part
        // sent a NOTICE per row: 100,000 of them per query at 100,000 articles)
        new StringBuilder("with q as materialized (select l.language, c.cfg, ")
            .append(strict)
            .append(" as strict_q, ")
            .append(loose)
            .append(" as loose_q from kb_search_language l")
            .append(" cross join lateral (select kb_regconfig(l.language) as cfg) c),")
            .append(" hits as (select d.article_id, d.title, d.body, q.cfg, q.loose_q,")
            .append(" ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', d.document, q.loose_q, 32)")
            .append(" + case when d.document @@ q.strict_q then ? else 0 end")
            .append(" + ? * word_similarity(kb_fold(?), kb_fold(d.title))")
            .append(" + case when d.category = ? then ? else 0 end as score")
            .append(" from q join kb_search_doc d")
            .append(" on d.language = q.language and d.document @@ q.loose_q")
            .append(" where d.audience = any(?)");
    String probe = request.text().replace('\u0000', ' ');
    params.add(ranking.allTermsBonus());
    params.add(ranking.titleSimilarityWeight());
    params.add(probe.length() > MAX_TITLE_PROBE ? probe.substring(0, MAX_TITLE_PROBE) : probe);
    params.add(request.preferredCategory());
    params.add(ranking.categoryBoost());
    params.add(request.audiences().stream().map(Audience::wireName).toArray(String[]::new));
    if (request.category() != null) {
      sql.append(" and d.category = ?");
      params.add(request.category());
    }
    sql.append(
            "), page as (select h.*, count(*) over () as total from hits h"
                + " order by h.score desc, h.article_id limit ? offset ?)")
        .append(" select article_id, title, ts_headline(cfg, body, loose_q, ?) as snippet,")
        .append(" score, total from page order by score desc, article_id");
    params.add(request.limit());
    params.add(request.offset());
    params.add(HEADLINE_OPTIONS);
    return sql.toString();
  }

  private static SearchResults read(PreparedStatement select) throws SQLException {
    List<SearchHit> hits = new ArrayList<>();
    long total = 0;
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        hits.add(
            new SearchHit(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                Math.round(rs.getDouble(4) * 10_000) / 10_000.0));
        total = rs.getLong(5);
      }
    }
    return new SearchResults(hits, total);
  }
}

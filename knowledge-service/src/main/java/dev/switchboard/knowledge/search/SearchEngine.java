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
import org.postgresql.PGStatement;

/**
 * Full-text search over live articles: each language's stemmer, weighted title (A) / tags and
 * category (B) / body (C), typo correction from the corpus vocabulary, and {@code ts_headline}
 * snippets computed for the returned page only.
 *
 * <p>The full score (docs/knowledge.md "Ranking") is computed for a bounded set of candidates
 * (docs/knowledge.md "Search at scale"): every match when there are at most {@value #CANDIDATES} (a
 * small base is ranked in full), else the title, tag and category matches that score best with a
 * cheap rank of their small vector in {@code kb_search_head} in place of the document's, those most
 * similar in title among them, and {@value #CANDIDATES} articles with every term. The tsqueries
 * reach the planner as values, so it knows how common their words are.
 */
@ApplicationScoped
public class SearchEngine {

  /** Candidates of each pool (more when a page reaches further). */
  static final int CANDIDATES = 200;

  /** Head matches, in pools, whose title similarity is computed to pick the best of them. */
  private static final int HEAD_REACH = 10;

  /** {@code total} counts the matches up to this many. */
  public static final int MAX_TOTAL = 1000;

  private static final String WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'";
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

  /** The query of one article language: the tsqueries as PostgreSQL writes them. */
  private record Parsed(String language, String strict, String loose) {}

  /** The requested page, best first, and how many articles match (up to {@link #MAX_TOTAL}). */
  public SearchResults search(SearchRequest request) {
    return run(request, true);
  }

  /** The requested page, best first, without counting the matches (suggestions). */
  public List<SearchHit> rank(SearchRequest request) {
    return run(request, false).hits();
  }

  private SearchResults run(SearchRequest request, boolean counted) {
    if (request.query().isEmpty() || request.audiences().isEmpty()) {
      return SearchResults.NONE;
    }
    try (Connection connection = dataSource.getConnection()) {
      Map<String, String> unknownWords =
          Vocabulary.corrections(
              connection, request.query().correctableWords(), ranking.correctionSimilarity());
      List<Parsed> languages = parse(connection, request, unknownWords);
      if (languages.isEmpty()) {
        return SearchResults.NONE;
      }
      List<Object> params = new ArrayList<>();
      String sql = sql(request, languages, counted, params);
      try (PreparedStatement select = prepare(connection, sql, params)) {
        return read(select);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("search failed", e);
    }
  }

  /**
   * Builds the tsqueries once per language that has live articles. The search then gets them as
   * values, so the planner sees how common their words are: an index for rare words, a plain scan
   * that stops early for words most articles have (the index would list them all first).
   */
  private List<Parsed> parse(
      Connection connection, SearchRequest request, Map<String, String> unknownWords)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    TsQuerySql tsquery = new TsQuerySql(request.query(), unknownWords, synonyms, params);
    String strict = tsquery.strict();
    String loose = tsquery.loose();
    String sql =
        "select l.language, ("
            + strict
            + ")::text, ("
            + loose
            + ")::text from kb_search_language l"
            + " cross join lateral (select kb_regconfig(l.language) as cfg) c order by 1";
    List<Parsed> languages = new ArrayList<>();
    try (PreparedStatement select = prepare(connection, sql, params);
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        languages.add(new Parsed(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    return languages;
  }

  private String sql(
      SearchRequest request, List<Parsed> languages, boolean counted, List<Object> params) {
    int pool = Math.max(CANDIDATES, request.offset() + request.limit());
    int reach = counted ? Math.max(pool, MAX_TOTAL) : pool;
    // the first matches, one more than are counted or pooled: when they are no more than the
    // pool holds, they are all the matches, and a small base is ranked in full
    StringBuilder sql = new StringBuilder("with matched as materialized (select * from (");
    for (int i = 0; i < languages.size(); i++) {
      Parsed language = languages.get(i);
      sql.append(i == 0 ? "" : " union all ")
          .append("(select d.article_id, d.language from kb_search_doc d")
          .append(" where d.document @@ ?::tsquery");
      params.add(language.loose());
      filters(sql, request, language, params);
      sql.append(")");
    }
    sql.append(") m limit ?),");
    params.add(reach + 1);
    // otherwise: the title, tag or category matches that score best with a cheap rank of the
    // small head vector in place of that of the document, then with their title similarity;
    // those most similar in title; and articles with every term (the same ones each time)
    String probe = request.text().replace('\u0000', ' ');
    probe = probe.length() > MAX_TITLE_PROBE ? probe.substring(0, MAX_TITLE_PROBE) : probe;
    sql.append(
            " heads as materialized (select h.*, ? * word_similarity(kb_fold(?), h.folded_title)")
        .append(" as similarity from (");
    params.add(ranking.titleSimilarityWeight());
    params.add(probe);
    for (int i = 0; i < languages.size(); i++) {
      Parsed language = languages.get(i);
      sql.append(i == 0 ? "" : " union all ")
          .append("(select d.article_id, d.language, d.folded_title, ts_rank(")
          .append(WEIGHTS)
          .append(", d.head, ?::tsquery) + case when d.head @@ ?::tsquery then ? else 0 end")
          .append(" + case when d.category = ? then ? else 0 end as rank")
          .append(" from kb_search_head d where d.head @@ ?::tsquery");
      params.add(language.loose());
      params.add(language.strict());
      params.add(ranking.allTermsBonus());
      params.add(request.preferredCategory());
      params.add(ranking.categoryBoost());
      params.add(language.loose());
      filters(sql, request, language, params);
      sql.append(" order by rank desc limit ?)");
      params.add(pool * HEAD_REACH);
    }
    sql.append(
            ") h), candidates as (select * from matched where (select count(*) from matched) <= ?")
        .append(" union (select article_id, language from heads")
        .append(" order by rank + similarity desc, article_id limit ?)")
        .append(" union (select article_id, language from heads")
        .append(" order by similarity desc, article_id limit ?)");
    params.add(pool);
    params.add(pool);
    params.add(pool / 2);
    for (Parsed language : languages) {
      sql.append(" union (select d.article_id, d.language from kb_search_doc d")
          .append(" where d.document @@ ?::tsquery");
      params.add(language.strict());
      filters(sql, request, language, params);
      sql.append(" order by d.article_id limit ?)");
      params.add(pool);
    }
    sql.append("), q (language, cfg, strict_q, loose_q) as (values ");
    for (int i = 0; i < languages.size(); i++) {
      Parsed language = languages.get(i);
      sql.append(i == 0 ? "" : ", ").append("(?, kb_regconfig(?), ?::tsquery, ?::tsquery)");
      params.add(language.language());
      params.add(language.language());
      params.add(language.strict());
      params.add(language.loose());
    }
    // the full score of the candidates only, each read by its key
    sql.append("), hits as (select d.article_id, d.title, d.body, q.cfg, q.loose_q, ts_rank_cd(")
        .append(WEIGHTS)
        .append(", d.document, q.loose_q, 32)")
        .append(" + case when d.document @@ q.strict_q then ? else 0 end")
        .append(" + ? * word_similarity(kb_fold(?), d.folded_title)")
        .append(" + case when d.category = ? then ? else 0 end as score")
        .append(" from candidates c join q on q.language = c.language cross join lateral")
        .append(" (select d.article_id, d.title, d.body, d.document, h.folded_title, d.category")
        .append(" from kb_search_doc d join kb_search_head h on h.article_id = d.article_id")
        .append(" where d.article_id = c.article_id offset 0) d")
        // not every candidate matches: a head pool article may have an excluded word in its body,
        // and the strict query has no term at all when none is a word the corpus knows
        .append(" where d.document @@ q.loose_q),");
    params.add(ranking.allTermsBonus());
    params.add(ranking.titleSimilarityWeight());
    params.add(probe);
    params.add(request.preferredCategory());
    params.add(ranking.categoryBoost());
    sql.append(" page as (select * from hits order by score desc, article_id limit ? offset ?)");
    params.add(request.limit());
    params.add(request.offset());
    // one row even for a page past the last hit, so the total still arrives
    sql.append(" select p.article_id, p.title, ts_headline(p.cfg, p.body, p.loose_q, ?),")
        .append(" p.score, m.total from (select least(count(*), ?) as total from matched) m")
        .append(" left join page p on true order by p.score desc, p.article_id");
    params.add(HEADLINE_OPTIONS);
    params.add(counted ? MAX_TOTAL : 0);
    return sql.toString();
  }

  /** The article language, audiences and category asked for, on {@code d}. */
  private static void filters(
      StringBuilder sql, SearchRequest request, Parsed language, List<Object> params) {
    sql.append(" and d.language = ? and d.audience = any(?)");
    params.add(language.language());
    params.add(request.audiences().stream().map(Audience::wireName).toArray(String[]::new));
    if (request.category() != null) {
      sql.append(" and d.category = ?");
      params.add(request.category());
    }
  }

  /**
   * Binds the values of a statement that is planned anew with them each time (never as a cached
   * generic plan, which would not know how common the words are).
   */
  private static PreparedStatement prepare(Connection connection, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
      for (int i = 0; i < params.size(); i++) {
        Object param = params.get(i);
        if (param instanceof String[] array) {
          statement.setArray(i + 1, connection.createArrayOf("text", array));
        } else {
          statement.setObject(i + 1, param);
        }
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  private static SearchResults read(PreparedStatement select) throws SQLException {
    List<SearchHit> hits = new ArrayList<>();
    long total = 0;
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        total = rs.getLong(5);
        UUID articleId = rs.getObject(1, UUID.class);
        if (articleId != null) {
          hits.add(
              new SearchHit(
                  articleId,
                  rs.getString(2),
                  rs.getString(3),
                  Math.round(rs.getDouble(4) * 10_000) / 10_000.0));
        }
      }
    }
    return new SearchResults(hits, total);
  }
}

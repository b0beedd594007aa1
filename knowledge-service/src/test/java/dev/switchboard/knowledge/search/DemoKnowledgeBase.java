package dev.switchboard.knowledge.search;

import dev.switchboard.knowledge.article.Audience;
import dev.switchboard.localinfra.PostgresServer;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The demo knowledge base ({@code db/demo}) in a database of its own, searched by the real {@link
 * SearchEngine} without booting Quarkus: shared by the search-quality test and the benchmark.
 */
final class DemoKnowledgeBase {

  /** A query of the quality set and the title of the article that should come first. */
  record Judgement(String query, String expectedTitle) {}

  final DataSource dataSource;
  final SearchEngine engine;

  private DemoKnowledgeBase(DataSource dataSource) {
    this.dataSource = dataSource;
    Ranking ranking =
        new SmallRyeConfigBuilder()
            .withMapping(Ranking.class)
            .build()
            .getConfigMapping(Ranking.class);
    this.engine = new SearchEngine(dataSource, ranking);
  }

  /** Creates (or reuses) {@code database} on {@code server} with the schema and demo articles. */
  static DemoKnowledgeBase load(PostgresServer server, String database) {
    server.ensureDatabase(database);
    AgroalDataSource dataSource;
    try {
      dataSource =
          AgroalDataSource.from(
              new AgroalDataSourceConfigurationSupplier()
                  .connectionPoolConfiguration(
                      pool ->
                          pool.maxSize(4)
                              .connectionFactoryConfiguration(
                                  factory ->
                                      factory
                                          .jdbcUrl(server.jdbcUrl(database))
                                          .principal(new NamePrincipal(PostgresServer.USER))
                                          .credential(new SimplePassword("postgres")))));
    } catch (SQLException e) {
      throw new IllegalStateException("no connection pool", e);
    }
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/demo")
        .load()
        .migrate();
    return new DemoKnowledgeBase(dataSource);
  }

  /** Article ids by title. */
  Map<String, UUID> titles() throws SQLException {
    Map<String, UUID> titles = new HashMap<>();
    try (var connection = dataSource.getConnection();
        var rs =
            connection
                .createStatement()
                .executeQuery("select title, article_id from kb_search_doc")) {
      while (rs.next()) {
        titles.put(rs.getString(1), rs.getObject(2, UUID.class));
      }
    }
    return titles;
  }

  SearchResults search(String query, int limit) {
    return engine.search(request(SearchQuery.parse(query, false, 16), query, limit));
  }

  /** Ranks {@code text} as {@code POST /suggestions} does: typed text, up to 32 terms. */
  List<SearchHit> suggest(String text, int limit) {
    return engine.rank(request(SearchQuery.parse(text, true, 32), text, limit));
  }

  private static SearchRequest request(SearchQuery query, String text, int limit) {
    return new SearchRequest(query, text, EnumSet.allOf(Audience.class), null, null, limit, 0);
  }

  static List<Judgement> judgements() {
    try (InputStream in =
        DemoKnowledgeBase.class.getResourceAsStream("/search-quality/queries.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Judgement> judgements = new ArrayList<>();
      for (String line : text.lines().collect(Collectors.toList())) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        judgements.add(new Judgement(parts[0], parts[1]));
      }
      return judgements;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

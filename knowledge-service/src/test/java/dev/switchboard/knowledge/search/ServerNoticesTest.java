package dev.switchboard.knowledge.search;

import static dev.switchboard.knowledge.KnowledgeApi.CUSTOMER;
import static dev.switchboard.knowledge.KnowledgeApi.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A query of stop words only ("how do i") makes PostgreSQL send one NOTICE per row it matches
 * against; the driver keeps each as a warning, and at 20,000 articles that filled the heap. The
 * service's connections ask for warnings and worse only.
 */
@QuarkusTest
class ServerNoticesTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void stopWordQueryLeavesNoNoticesOnTheConnection() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select to_tsvector('english', 'how') @@ websearch_to_tsquery('english', 'how do i')"
                    + " from generate_series(1, 1000)")) {
      while (rs.next()) {
        assertThat(rs.getBoolean(1)).isFalse();
      }
      assertNull(statement.getWarnings(), "server notices kept as warnings");
    }
  }

  @Test
  void searchOfStopWordsOnlyAnswersWithAPage() {
    search(CUSTOMER, "how do i").statusCode(200);
  }
}

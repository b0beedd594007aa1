package dev.switchboard.localinfra;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What a service's database holds, for tests that bad input leaves no record behind: the row count
 * of each table named, and how many outbox rows were ever written. The relay deletes what it
 * published, so the outbox's sequence, not its row count, shows a row that was written (or even
 * rolled back) and is already gone.
 */
public final class RowCounts {

  public static final String OUTBOX_ROWS_WRITTEN = "eventing_outbox (written)";

  private RowCounts() {}

  public static Map<String, Long> of(DataSource dataSource, String... tables) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : tables) {
        counts.put(table, single(statement, "select count(*) from " + table));
      }
      counts.put(
          OUTBOX_ROWS_WRITTEN,
          single(
              statement,
              "select case when is_called then last_value else 0 end from eventing_outbox_seq_seq"));
    } catch (SQLException e) {
      throw new IllegalStateException("could not count rows", e);
    }
    return counts;
  }

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

package dev.switchboard.localinfra.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads the local stack's demo data (routing's groups, agents, rules, SLA policies and calendars;
 * the demo knowledge base) into a service's database once its own migrations have created the
 * schema. Demo data is not a migration of the services: production images never carry it, so the
 * launcher applies it from the source tree instead.
 *
 * <p>Arguments: {@code <jdbcUrl> <user> <password> <sqlFile>...}; each file runs in one
 * transaction, so a failed file leaves nothing half-loaded. The files are idempotent upserts.
 */
public final class DemoDataMain {

  private DemoDataMain() {}

  public static void main(String[] args) throws IOException, SQLException {
    if (args.length < 4) {
      System.err.println("usage: DemoDataMain <jdbcUrl> <user> <password> <sqlFile>...");
      System.exit(2);
    }
    try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
      connection.setAutoCommit(false);
      for (int i = 3; i < args.length; i++) {
        Path file = Path.of(args[i]);
        try (Statement statement = connection.createStatement()) {
          statement.execute(Files.readString(file, StandardCharsets.UTF_8));
          connection.commit();
        } catch (SQLException failure) {
          connection.rollback();
          throw new SQLException("demo data " + file + " failed: " + failure.getMessage(), failure);
        }
        System.out.println("loaded " + file.getFileName());
      }
    }
  }
}

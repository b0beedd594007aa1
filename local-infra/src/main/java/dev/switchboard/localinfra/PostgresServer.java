package dev.switchboard.localinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL 17 server from the zonky binaries (runs without Docker or a system install).
 * Each service gets a database of its own, as in production.
 */
public final class PostgresServer implements AutoCloseable {

  public static final String USER = "postgres";

  private EmbeddedPostgres postgres;
  private final Path workDirectory;
  private final boolean deleteOnClose;

  private PostgresServer(EmbeddedPostgres postgres, Path workDirectory, boolean deleteOnClose) {
    this.postgres = postgres;
    this.workDirectory = workDirectory;
    this.deleteOnClose = deleteOnClose;
  }

  /**
   * Starts a server.
   *
   * @param port 0 for a free port
   * @param workDirectory holds the binaries and, under {@code data}, the cluster; the cluster is
   *     kept across restarts unless {@code deleteOnClose}
   */
  public static PostgresServer start(int port, Path workDirectory, boolean deleteOnClose) {
    if (deleteOnClose) {
      KafkaBroker.deleteRecursively(workDirectory.resolve("data"));
    }
    return new PostgresServer(
        launch(port, workDirectory, deleteOnClose), workDirectory, deleteOnClose);
  }

  /**
   * Starts on the cluster in the work directory (made when missing). The embedded server is never
   * told to clean its data: it would delete it on every stop, and {@link #restart} keeps it.
   *
   * @param throwaway skip fsync, for data nobody keeps
   */
  private static EmbeddedPostgres launch(int port, Path workDirectory, boolean throwaway) {
    try {
      Path data = workDirectory.resolve("data");
      Files.createDirectories(workDirectory);
      removeStalePidFile(data.resolve("postmaster.pid"));
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setOverrideWorkingDirectory(workDirectory.toFile())
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("max_connections", "300")
              .setServerConfig("fsync", throwaway ? "off" : "on")
              .setServerConfig("synchronous_commit", throwaway ? "off" : "on")
              .setServerConfig("shared_buffers", "128MB");
      if (port != 0) {
        builder.setPort(port);
      }
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start PostgreSQL", e);
    }
  }

  /**
   * Stops the server and starts it again on the same port with the same data (a failure drill: the
   * services must reconnect by themselves).
   */
  public void restart() {
    int port = port();
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    postgres = launch(port, workDirectory, deleteOnClose);
  }

  /**
   * A crashed previous run leaves its pid file behind, which would block this start. The file of a
   * server that still runs is kept: PostgreSQL then refuses to start twice on the same data.
   */
  private static void removeStalePidFile(Path pidFile) throws IOException {
    if (!Files.exists(pidFile)) {
      return;
    }
    String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
    boolean running =
        firstLine.matches("\\d+")
            && ProcessHandle.of(Long.parseLong(firstLine))
                .flatMap(process -> process.info().command())
                .filter(command -> command.contains("postgres"))
                .isPresent();
    if (!running) {
      Files.delete(pidFile);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /** Creates the database if it does not exist yet. */
  public void ensureDatabase(String database) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rs =
          statement.executeQuery(
              "select 1 from pg_database where datname = '" + database.replace("'", "") + "'")) {
        if (rs.next()) {
          return;
        }
      }
      statement.execute("create database \"" + database.replace("\"", "") + "\"");
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + database, e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (deleteOnClose) {
      KafkaBroker.deleteRecursively(workDirectory);
    }
  }
}

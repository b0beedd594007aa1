package dev.switchboard.localinfra.tools;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code ./switchboard bench [--quick]}: measures the running stack (it starts nothing). Prints one
 * {@code name key=value…} line per measure: contact intake at concurrency 1/8/32/64 and, for scale,
 * the machine's own limit for a durable write (a single-row insert + commit into the same
 * PostgreSQL at the same concurrency).
 */
public final class BenchMain {

  private static final List<Integer> CONCURRENCY = List.of(1, 8, 32, 64);
  private static final String BENCH_TABLE = "switchboard_bench_insert";

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    URI intake = URI.create("http://localhost:8081");
    URI tokenUrl =
        URI.create("http://localhost:8180/realms/switchboard/protocol/openid-connect/token");
    String jdbc = "jdbc:postgresql://localhost:15432/postgres";
    String user = "ben";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--intake" -> intake = URI.create(args[++i]);
        case "--token-url" -> tokenUrl = URI.create(args[++i]);
        case "--jdbc" -> jdbc = args[++i];
        case "--user" -> user = args[++i];
        default -> {
          System.err.println("usage: switchboard bench [--quick] [--user NAME]");
          System.exit(2);
        }
      }
    }
    Duration perLevel = Duration.ofSeconds(quick ? 8 : 30);
    Duration warmUp = Duration.ofSeconds(quick ? 3 : 10);
    System.out.printf(
        Locale.ROOT,
        "machine cores=%d java=%s os=%s duration_per_level_s=%d%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("os.name").replace(' ', '_'),
        perLevel.toSeconds());

    StackClient client = StackClient.user(tokenUrl, user);
    URI contacts = intake.resolve("/api/v1/contacts");
    LoadRun.OperationFactory intakeContact = () -> () -> postContact(client, contacts);
    LoadRun.run("warmup", 8, warmUp, intakeContact);
    for (int concurrency : CONCURRENCY) {
      System.out.println(LoadRun.run("intake", concurrency, perLevel, intakeContact).line());
    }

    String url = jdbc;
    prepareTable(url);
    LoadRun.OperationFactory insert = () -> new SingleRowInsert(url);
    for (int concurrency : CONCURRENCY) {
      System.out.println(LoadRun.run("pg_insert", concurrency, perLevel, insert).line());
    }
    dropTable(url);
  }

  private static boolean postContact(StackClient client, URI contacts) throws Exception {
    String body =
        "{\"channel\":\"portal\",\"subject\":\"Benchmark: VPN drops every few minutes\","
            + "\"description\":\"Since this morning the VPN client disconnects every few minutes"
            + " and reconnects after a while.\",\"impact\":\"low\",\"urgency\":\"medium\"}";
    HttpResponse<String> response =
        client.post(
            contacts,
            "application/json",
            body.getBytes(StandardCharsets.UTF_8),
            "bench-" + UUID.randomUUID());
    return response.statusCode() / 100 == 2;
  }

  private static void prepareTable(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "create table if not exists "
              + BENCH_TABLE
              + " (id bigserial primary key, payload text not null,"
              + " created_at timestamptz not null default now())");
    }
  }

  private static void dropTable(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
        Statement statement = connection.createStatement()) {
      statement.execute("drop table if exists " + BENCH_TABLE);
    }
  }

  /** One durable write: a single-row insert in its own transaction (autocommit). */
  private static final class SingleRowInsert implements LoadRun.Operation {
    private final Connection connection;
    private final PreparedStatement insert;

    SingleRowInsert(String url) throws SQLException {
      connection = DriverManager.getConnection(url, "postgres", "postgres");
      connection.setAutoCommit(true);
      insert = connection.prepareStatement("insert into " + BENCH_TABLE + " (payload) values (?)");
    }

    @Override
    public boolean call() throws SQLException {
      insert.setString(1, "contact " + UUID.randomUUID());
      return insert.executeUpdate() == 1;
    }

    @Override
    public void close() throws SQLException {
      connection.close();
    }
  }
}

package dev.switchboard.localinfra.tools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * {@code ./switchboard bench [--quick]}: measures the running stack (it starts nothing). Prints one
 * {@code name key=value…} line per measure: contact intake at concurrency 1/8/32/64 (the contacts
 * from {@link BenchContacts}) and, for scale, the machine's own limit for a durable write (a
 * single-row insert + commit into the same PostgreSQL at the same concurrency); create→assigned
 * latency at a steady 200 contacts/s; raw email intake on the corpus; knowledge search at 100,000
 * articles and {@code /experience} at 1,000,000 tickets (seeded into the services' databases and
 * removed afterwards). {@code --quick} shrinks durations and sizes to finish within 2 minutes.
 */
public final class BenchMain {

  private static final List<Integer> CONCURRENCY = List.of(1, 8, 32, 64);
  private static final String BENCH_TABLE = "switchboard_bench_insert";
  private static final int ASSIGNMENT_RATE = 200;
  private static final int EMAIL_CONCURRENCY = 8;

  /** The measures in the order they run; {@code --only} picks some of them. */
  private static final List<String> MEASURES =
      List.of(
          "intake",
          "pg_insert",
          "create_to_assigned",
          "email_intake",
          "knowledge_search",
          "experience");

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    boolean quick = false;
    URI intake = URI.create("http://localhost:8081");
    URI knowledge = URI.create("http://localhost:8083");
    URI metrics = URI.create("http://localhost:8084");
    URI tokenUrl =
        URI.create("http://localhost:8180/realms/switchboard/protocol/openid-connect/token");
    String jdbc = "jdbc:postgresql://localhost:15432/postgres";
    String kafka = "localhost:19092";
    Path root = Path.of(".");
    Path corpusRoot = null;
    String user = "ben";
    boolean oneCustomer = false;
    int customers = 20_000;
    Set<String> selected = Set.of();
    List<Integer> levels = CONCURRENCY;
    int assignmentRate = ASSIGNMENT_RATE;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--intake" -> intake = URI.create(args[++i]);
        case "--knowledge" -> knowledge = URI.create(args[++i]);
        case "--metrics" -> metrics = URI.create(args[++i]);
        case "--token-url" -> tokenUrl = URI.create(args[++i]);
        case "--jdbc" -> jdbc = args[++i];
        case "--kafka" -> kafka = args[++i];
        case "--root" -> root = Path.of(args[++i]);
        case "--corpus" -> corpusRoot = Path.of(args[++i]);
        case "--user" -> user = args[++i];
        case "--one-customer" -> oneCustomer = true;
        case "--customers" -> customers = positive("--customers", args[++i]);
        case "--only" -> selected = measures(args[++i]);
        case "--concurrency" -> levels = concurrencyLevels(args[++i]);
        case "--rate" -> assignmentRate = positive("--rate", args[++i]);
        default -> {
          System.err.println(
              "usage: switchboard bench [--quick] [--customers 20000 | --one-customer"
                  + " [--user NAME]] [--corpus DIR]"
                  + " [--only "
                  + String.join(",", MEASURES)
                  + "] [--concurrency 1,8,32,64] [--rate 200]");
          System.exit(2);
        }
      }
    }
    Duration perLevel = Duration.ofSeconds(quick ? 4 : 30);
    Duration warmUp = Duration.ofSeconds(quick ? 2 : 10);
    Duration steady = Duration.ofSeconds(quick ? 8 : 30);
    int emailEvery = quick ? 8 : 1;
    int articles = quick ? 20_000 : 100_000;
    int tickets = quick ? 20_000 : 1_000_000;
    Path corpusDir = corpusRoot != null ? corpusRoot : root.resolve("../shared/corpus");
    BenchContacts bodies =
        oneCustomer ? BenchContacts.oneCustomer() : BenchContacts.fromCorpus(corpusDir, customers);
    System.out.printf(
        Locale.ROOT,
        "machine cores=%d ram_gib=%d java=%s os=%s mode=%s duration_per_level_s=%d %s%n",
        Runtime.getRuntime().availableProcessors(),
        Math.round(memoryKib() / 1024.0 / 1024.0),
        System.getProperty("java.version"),
        System.getProperty("os.name").replace(' ', '_'),
        quick ? "quick" : "full",
        perLevel.toSeconds(),
        bodies.describe());

    // staff (the gateway, role integrator) name each contact's customer; a customer is themselves
    StackClient client =
        oneCustomer ? StackClient.user(tokenUrl, user) : StackClient.gateway(tokenUrl);
    URI contacts = intake.resolve("/api/v1/contacts");
    LoadRun.OperationFactory intakeContact =
        () -> () -> postContact(client, contacts, bodies.next()).statusCode() / 100 == 2;
    Set<String> chosen = selected;
    Predicate<String> runs = measure -> chosen.isEmpty() || chosen.contains(measure);
    if (runs.test("intake")) {
      LoadRun.run("warmup", 8, warmUp, intakeContact);
      for (int concurrency : levels) {
        System.out.println(LoadRun.run("intake", concurrency, perLevel, intakeContact).line());
      }
    }

    String url = jdbc;
    if (runs.test("pg_insert")) {
      prepareTable(url);
      LoadRun.OperationFactory insert = () -> new SingleRowInsert(url);
      for (int concurrency : levels) {
        System.out.println(LoadRun.run("pg_insert", concurrency, perLevel, insert).line());
      }
      dropTable(url);
    }

    if (runs.test("create_to_assigned")) {
      System.out.println(
          new AssignmentLatency(client, contacts, bodies, kafka).run(assignmentRate, steady));
    }

    Path mailCorpus = corpusDir.resolve("email");
    if (runs.test("email_intake") && Files.isDirectory(mailCorpus)) {
      List<ImportItem> corpus = EmailIntakeRun.corpus(mailCorpus);
      List<ImportItem> mails =
          IntStream.range(0, corpus.size())
              .filter(i -> i % emailEvery == 0)
              .mapToObj(corpus::get)
              .toList();
      System.out.println(
          new EmailIntakeRun(
                      StackClient.gateway(tokenUrl), intake.resolve("/api/v1/channels/email"))
                  .run(mails, EMAIL_CONCURRENCY)
              + (emailEvery == 1 ? "" : " sample=1_in_" + emailEvery));
    } else if (runs.test("email_intake")) {
      System.out.println("email_intake skipped=no_corpus path=" + mailCorpus.toAbsolutePath());
    }

    SeededStackRuns seeded =
        new SeededStackRuns(
            StackClient.user(tokenUrl, "sam"), url.substring(0, url.lastIndexOf('/') + 1));
    Path knowledgeModule = root.resolve("knowledge-service/src");
    if (runs.test("knowledge_search")) {
      System.out.println(
          seeded.knowledgeSearch(
              knowledge,
              knowledgeModule.resolve("main/resources/db/demo/R__demo_knowledge_base.sql"),
              knowledgeModule.resolve("test/resources/search-quality/queries.tsv"),
              articles,
              quick ? 2 : 5));
    }
    if (runs.test("experience")) {
      seeded.experience(metrics, tickets, quick ? 3 : 5).forEach(System.out::println);
    }
  }

  private static Set<String> measures(String list) {
    Set<String> measures = new LinkedHashSet<>(Arrays.asList(list.split(",")));
    if (!MEASURES.containsAll(measures)) {
      throw new IllegalArgumentException("--only takes some of " + MEASURES + ", not " + list);
    }
    return measures;
  }

  private static List<Integer> concurrencyLevels(String list) {
    return Arrays.stream(list.split(",")).map(level -> positive("--concurrency", level)).toList();
  }

  private static int positive(String option, String value) {
    int number = Integer.parseInt(value);
    if (number < 1) {
      throw new IllegalArgumentException(option + " takes positive numbers, not " + value);
    }
    return number;
  }

  /** MemTotal of /proc/meminfo, 0 where there is none. */
  private static long memoryKib() throws IOException {
    Path meminfo = Path.of("/proc/meminfo");
    if (!Files.exists(meminfo)) {
      return 0;
    }
    return Files.readAllLines(meminfo).stream()
        .filter(line -> line.startsWith("MemTotal:"))
        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
        .findFirst()
        .orElse(0);
  }

  /** One new contact, under a fresh Idempotency-Key. */
  static HttpResponse<String> postContact(StackClient client, URI contacts, String body)
      throws IOException, InterruptedException {
    return client.post(
        contacts,
        "application/json",
        body.getBytes(StandardCharsets.UTF_8),
        "bench-" + UUID.randomUUID());
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

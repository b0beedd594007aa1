package dev.switchboard.e2e;

import dev.switchboard.localinfra.KafkaBroker;
import dev.switchboard.localinfra.PostgresServer;
import dev.switchboard.localinfra.TestTokens;
import dev.switchboard.localinfra.tools.StackClient;
import dev.switchboard.localinfra.tools.StackEndpoints;
import dev.switchboard.localinfra.tools.StackIdentities;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole suite on this machine, as production runs it: a real PostgreSQL and Kafka broker, an
 * OIDC issuer (WireMock, signing keys of quarkus-test-oidc-server) and the four packaged services
 * as child processes, every one on a free port (a developer stack may hold the standard ones).
 * Started once for all test classes that ask for it, and stopped when the test run ends or the JVM
 * exits, even after a failure.
 */
final class RunningSuite implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  static final List<String> SERVICES = List.of("intake", "routing", "knowledge", "metrics");
  static final Duration START_LIMIT = Duration.ofMinutes(4);

  private final Path root = Path.of(System.getProperty("switchboard.root", "..")).toAbsolutePath();
  private final Path work = root.resolve("e2e/target/e2e");
  private final OidcWiremockTestResource oidc = new OidcWiremockTestResource();
  private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
  private PostgresServer postgres;
  private KafkaBroker kafka;
  private boolean closed;

  /** Resolves a {@link RunningSuite} parameter; the first test class to ask starts the suite. */
  static final class Extension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == RunningSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(
              RunningSuite.class, key -> RunningSuite.start(), RunningSuite.class);
    }
  }

  private static RunningSuite start() {
    RunningSuite suite = new RunningSuite();
    Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "e2e-suite-stop"));
    try {
      suite.startAll();
      return suite;
    } catch (RuntimeException | Error e) {
      suite.close();
      throw e;
    } catch (InterruptedException e) {
      suite.close();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void startAll() throws InterruptedException {
    long started = System.nanoTime();
    KafkaBroker.deleteRecursively(work.resolve("logs")); // a log per service for this run only
    try {
      Files.createDirectories(work.resolve("logs"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CompletableFuture<KafkaBroker> broker =
        CompletableFuture.supplyAsync(() -> KafkaBroker.start(0, work.resolve("kafka"), true));
    postgres = PostgresServer.start(0, work.resolve("postgres"), true);
    SERVICES.forEach(postgres::ensureDatabase);
    kafka = broker.join();
    String issuer = oidc.start().get("keycloak.url") + "/realms/quarkus";
    Map<String, Integer> ports = new HashMap<>();
    SERVICES.forEach(service -> ports.put(service, KafkaBroker.freePort()));
    for (String service : SERVICES) {
      Map<String, String> env = new HashMap<>();
      env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service));
      env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
      env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
      env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
      env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer + "/");
      env.putAll(specific(service, issuer, ports));
      services.put(
          service,
          new ServiceProcess(
              service,
              root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar"),
              ports.get(service),
              env,
              work.resolve("logs/" + service + ".log")));
    }
    services.values().forEach(ServiceProcess::start);
    for (ServiceProcess service : services.values()) {
      service.awaitReady(START_LIMIT);
    }
    System.out.printf(
        "e2e suite up in %.0f s (postgres %d, kafka %s, %s); logs in %s%n",
        (System.nanoTime() - started) / 1e9,
        postgres.port(),
        kafka.bootstrapServers(),
        services.values().stream().map(s -> s.name() + " " + s.uri()).toList(),
        work.resolve("logs"));
  }

  /** What one service needs beyond the shared settings (values as ./switchboard sets them). */
  private static Map<String, String> specific(
      String service, String issuer, Map<String, Integer> ports) {
    return switch (service) {
      case "intake" -> Map.of("QUARKUS_MAILER_MOCK", "true");
      case "routing" ->
          Map.of(
              "QUARKUS_REST_CLIENT_INTAKE_URL",
              "http://localhost:" + ports.get("intake"),
              // intake's customer context, with the test issuer's client-credentials token; the
              // exact property names, as QUARKUS_OIDC_CLIENT_* also reads as an OIDC tenant
              // "client" (quarkus.oidc.client.*), and which one a build picks varies
              "quarkus.oidc-client.auth-server-url",
              issuer,
              "quarkus.oidc-client.discovery-enabled",
              "false",
              "quarkus.oidc-client.token-path",
              issuer + "/token",
              "quarkus.oidc-client.client-id",
              "quarkus-app",
              "quarkus.oidc-client.credentials.secret",
              "secret");
      case "metrics" ->
          Map.of(
              "SWITCHBOARD_SURVEYS_LINK_BASE_URL",
              "http://localhost:" + ports.get("metrics") + "/api/v1/surveys",
              "SWITCHBOARD_SURVEYS_DISPATCH_INTERVAL",
              "1s",
              "SWITCHBOARD_EXPERIENCE_REFRESH_INTERVAL",
              "1s");
      default -> Map.of();
    };
  }

  StackEndpoints endpoints() {
    return new StackEndpoints(
        service("intake").uri(),
        service("routing").uri(),
        service("knowledge").uri(),
        service("metrics").uri(),
        kafka.bootstrapServers());
  }

  /** The demo identities of API.md, with tokens signed here. */
  StackIdentities identities() {
    return new StackIdentities() {
      @Override
      public StackClient gateway() {
        return StackClient.withTokens(TestTokens::integrator);
      }

      @Override
      public StackClient customer(String user) {
        return StackClient.withTokens(() -> TestTokens.customer(user));
      }

      @Override
      public StackClient agent(String user) {
        return StackClient.withTokens(() -> TestTokens.agent(user));
      }

      @Override
      public StackClient supervisor(String user) {
        return StackClient.withTokens(() -> TestTokens.supervisor(user));
      }
    };
  }

  ServiceProcess service(String name) {
    return services.get(name);
  }

  KafkaBroker kafka() {
    return kafka;
  }

  PostgresServer postgres() {
    return postgres;
  }

  Path corpus() {
    return Path.of(
        System.getProperty("switchboard.corpus", root.resolve("../shared/corpus").toString()));
  }

  /** Waits until every service is ready again (after a drill). */
  void awaitAllReady() throws InterruptedException {
    for (ServiceProcess service : services.values()) {
      service.awaitReady(START_LIMIT);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    services.values().forEach(ServiceProcess::close);
    if (kafka != null) {
      kafka.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    oidc.stop();
  }
}

package dev.switchboard.localinfra;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * One PostgreSQL and one Kafka broker per test JVM, started on first use and stopped when the JVM
 * exits, so every {@code @QuarkusTest} of a module (and every test profile) shares them.
 */
public final class TestInfra {

  private static PostgresServer postgres;
  private static KafkaBroker kafka;

  private TestInfra() {}

  public static synchronized void ensureStarted() {
    if (postgres != null) {
      return;
    }
    Path root = Path.of("target", "test-infra").toAbsolutePath();
    CompletableFuture<KafkaBroker> broker =
        CompletableFuture.supplyAsync(() -> KafkaBroker.start(0, root.resolve("kafka"), true));
    postgres = PostgresServer.start(0, root.resolve("postgres"), true);
    kafka = broker.join();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  kafka.close();
                  postgres.close();
                },
                "test-infra-stop"));
  }

  public static synchronized PostgresServer postgres() {
    ensureStarted();
    return postgres;
  }

  public static synchronized KafkaBroker kafka() {
    ensureStarted();
    return kafka;
  }
}

package dev.switchboard.localinfra;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure half of {@code ./switchboard start}: a real PostgreSQL with one database per
 * service and a real Kafka broker, data kept under the given directory across restarts. Runs until
 * SIGTERM/Ctrl-C, then stops both cleanly so the next start finds no stale lock.
 *
 * <p>Arguments: {@code <dataDir> <postgresPort> <kafkaPort>}.
 */
public final class LocalInfraMain {

  static final List<String> DATABASES = List.of("intake", "routing", "knowledge", "metrics");

  private LocalInfraMain() {}

  public static void main(String[] args) throws InterruptedException {
    Path data = Path.of(args.length > 0 ? args[0] : ".local/data").toAbsolutePath();
    int postgresPort = args.length > 1 ? Integer.parseInt(args[1]) : 15432;
    int kafkaPort = args.length > 2 ? Integer.parseInt(args[2]) : 19092;

    PostgresServer postgres = PostgresServer.start(postgresPort, data.resolve("postgres"), false);
    DATABASES.forEach(postgres::ensureDatabase);
    KafkaBroker kafka = KafkaBroker.start(kafkaPort, data.resolve("kafka"), false);

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  kafka.close();
                  postgres.close();
                  stopped.countDown();
                },
                "local-infra-stop"));
    System.out.println(
        "READY postgres=localhost:" + postgres.port() + " kafka=" + kafka.bootstrapServers());
    stopped.await();
  }
}

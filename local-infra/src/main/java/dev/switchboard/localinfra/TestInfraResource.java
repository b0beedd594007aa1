package dev.switchboard.localinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application at the shared real PostgreSQL (a database named by the
 * {@code database} init argument) and the shared real Kafka broker.
 */
public class TestInfraResource implements QuarkusTestResourceLifecycleManager {

  private String database = "switchboard";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    TestInfra.ensureStarted();
    TestInfra.postgres().ensureDatabase(database);
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", TestInfra.postgres().jdbcUrl(database));
    config.put("quarkus.datasource.username", PostgresServer.USER);
    config.put("quarkus.datasource.password", "postgres");
    config.put("kafka.bootstrap.servers", TestInfra.kafka().bootstrapServers());
    return config;
  }

  @Override
  public void stop() {
    // Shared for the whole JVM; stopped by TestInfra's shutdown hook.
  }
}

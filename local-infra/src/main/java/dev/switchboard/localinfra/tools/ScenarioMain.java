package dev.switchboard.localinfra.tools;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code ./switchboard scenario [--limit N] [--mails N]}: the whole flow on real data against the
 * running local stack (see {@link Scenario}); exit status 1 when a cross-service fact is missing.
 */
public final class ScenarioMain {

  private ScenarioMain() {}

  public static void main(String[] args) throws Exception {
    // The Kafka client that reads survey links logs its whole configuration at INFO.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Path corpus = Path.of("../shared/corpus");
    Path mail = corpus.resolve("email/zammad/mail");
    Path csv = corpus.resolve("tickets/endava-support-tickets-partial/all_tickets.csv");
    int rows = 300;
    int mails = Integer.MAX_VALUE;
    int[] ports = {8081, 8082, 8083, 8084, 19092};
    URI tokenUrl =
        URI.create("http://localhost:8180/realms/switchboard/protocol/openid-connect/token");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--limit" -> rows = Integer.parseInt(args[++i]);
        case "--mails" -> mails = Integer.parseInt(args[++i]);
        case "--mail" -> mail = Path.of(args[++i]);
        case "--csv" -> csv = Path.of(args[++i]);
        case "--ports" -> {
          String[] given = args[++i].split(",");
          for (int p = 0; p < ports.length; p++) {
            ports[p] = Integer.parseInt(given[p].strip());
          }
        }
        case "--token-url" -> tokenUrl = URI.create(args[++i]);
        default -> {
          System.err.println(
              "usage: switchboard scenario [--limit ROWS] [--mails N] [--mail DIR] [--csv FILE]");
          System.exit(2);
        }
      }
    }
    StackEndpoints stack = StackEndpoints.local(ports[0], ports[1], ports[2], ports[3], ports[4]);
    ScenarioResult result =
        new Scenario(stack, StackIdentities.keycloak(tokenUrl), System.out, Duration.ofMinutes(3))
            .run(
                new Scenario.Input(
                    mail, mails, csv, rows, Long.toString(Instant.now().getEpochSecond(), 36)));
    boolean complete =
        result.unassigned().isEmpty()
            && result.articleLinks() >= result.resolutionsNamingArticle()
            && result.totalGrowth("resolved") >= result.resolvedTickets();
    System.exit(complete ? 0 : 1);
  }
}

package dev.switchboard.metrics.history;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The UCI ServiceNow incident log subset of the shared corpus (tests skip when it is absent). */
final class Corpus {

  private Corpus() {}

  static Path uciIncidentLog() {
    String corpus = System.getProperty("switchboard.corpus");
    assumeTrue(corpus != null, "switchboard.corpus not set");
    Path log =
        Path.of(
            corpus,
            "tickets",
            "servicenow-uci-incident-log-subset",
            "incident_event_log_first5998.csv");
    assumeTrue(Files.isReadable(log), "corpus file absent: " + log);
    return log;
  }
}

package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.localinfra.tools.StackEndpoints;
import dev.switchboard.localinfra.tools.StackIdentities;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Failure drills on loopback, each bounded: something breaks under a steady load of contacts, comes
 * back, and nothing acknowledged is lost or takes effect twice. Each prints its counts as one
 * {@code drill …} line (they are in the README).
 */
@ExtendWith(RunningSuite.Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailureDrillsIT {

  private static final int CONTACTS_PER_SECOND = 4;
  private static final Duration SETTLE = Duration.ofMinutes(5);

  private static RunningSuite suite;
  private static StackEndpoints stack;
  private static StackIdentities identities;

  @BeforeAll
  static void suite(RunningSuite running) {
    suite = running;
    stack = running.endpoints();
    identities = running.identities();
  }

  @Test
  @Order(1)
  void kafkaDownForAMinuteLosesNothingAndAssignsNothingTwice() throws Exception {
    assertExact(
        underLoad(
            "kafka_outage_60s",
            () -> {
              suite.kafka().stop();
              Thread.sleep(60_000);
              suite.kafka().restart();
            }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"routing", "intake"})
  @Order(2)
  void killMinus9MidLoadLosesNothingAndAssignsNothingTwice(String service) throws Exception {
    ServiceProcess victim = suite.service(service);
    assertExact(
        underLoad(
            "kill_9_" + service,
            () -> {
              victim.kill();
              victim.start();
              victim.awaitReady(RunningSuite.START_LIMIT);
            }));
  }

  @Test
  @Order(3)
  void everyEventDeliveredTwiceHasNoSecondEffect() throws Exception {
    DrillLedger first = underLoad("before_redelivery", () -> {});
    assertExact(first);
    EventTopics topics = new EventTopics(stack.kafkaBootstrap());
    topics.awaitConsumersCaughtUp(SETTLE);
    JsonNode settled = DrillLedger.metrics(stack, identities);

    int replayed =
        topics.replay(
            List.of(
                "switchboard.tickets",
                "switchboard.interactions",
                "switchboard.routing",
                "switchboard.knowledge",
                "switchboard.experience"));
    topics.awaitConsumersCaughtUp(SETTLE);

    System.out.printf("drill name=redelivery events_replayed=%d%n", replayed);
    assertThat(replayed).isPositive();
    assertThat(DrillLedger.metrics(stack, identities).get("total")).isEqualTo(settled.get("total"));
    assertExact(
        DrillLedger.settle(
            "redelivered_every_event",
            stack,
            identities,
            first.metricsBefore(),
            first.tickets(),
            0,
            SETTLE));
  }

  @Test
  @Order(4)
  void servicesRecoverFromAPostgresRestartByThemselves() throws Exception {
    long[] readyAgainMillis = new long[1];
    DrillLedger ledger =
        underLoad(
            "postgres_restart",
            () -> {
              long started = System.nanoTime();
              suite.postgres().restart();
              suite.awaitAllReady();
              readyAgainMillis[0] = (System.nanoTime() - started) / 1_000_000;
            });
    System.out.printf("drill name=postgres_restart ready_again_ms=%d%n", readyAgainMillis[0]);
    assertExact(ledger);
  }

  /** Something that breaks and comes back while the load runs. */
  private interface Breakage {
    void happen() throws Exception;
  }

  /**
   * Once the events of earlier drills are consumed, a steady load of contacts; 5 s in, the
   * breakage; 5 s more load once it is over; then the ledger of what the load's acknowledged
   * contacts became.
   */
  private static DrillLedger underLoad(String drill, Breakage breakage) throws Exception {
    // what an earlier drill left in flight must not count in this one
    new EventTopics(stack.kafkaBootstrap()).awaitConsumersCaughtUp(SETTLE);
    JsonNode before = DrillLedger.metrics(stack, identities);
    ContactLoad load =
        ContactLoad.start(identities.gateway(), stack.intake(), drill, CONTACTS_PER_SECOND);
    try {
      Thread.sleep(5_000);
      breakage.happen();
      Thread.sleep(5_000);
    } finally {
      load.close();
    }
    return DrillLedger.settle(
        drill, stack, identities, before, load.acknowledged(), load.failed(), SETTLE);
  }

  private static void assertExact(DrillLedger ledger) {
    assertThat(ledger.acknowledged()).as("acknowledged").isPositive();
    assertThat(ledger.stored()).as("stored").isEqualTo(ledger.acknowledged());
    assertThat(ledger.assigned()).as("assigned").isEqualTo(ledger.acknowledged());
    assertThat(ledger.duplicates()).as("assigned twice").isZero();
    assertThat(ledger.counted()).as("counted by metrics").isEqualTo(ledger.acknowledged());
  }
}

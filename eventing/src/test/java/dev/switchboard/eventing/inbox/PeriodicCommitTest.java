package dev.switchboard.eventing.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.vertx.mutiny.core.Vertx;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PeriodicCommitTest {

  private static final TopicPartition FIRST = new TopicPartition("switchboard.tickets", 0);
  private static final TopicPartition SECOND = new TopicPartition("switchboard.tickets", 1);

  private final Vertx vertx = Vertx.vertx();
  private final List<Map<TopicPartition, OffsetAndMetadata>> asyncCommits =
      new CopyOnWriteArrayList<>();
  private final List<Map<TopicPartition, OffsetAndMetadata>> finalCommits =
      new CopyOnWriteArrayList<>();
  private final PeriodicCommit commits =
      new PeriodicCommit(vertx, recordingConsumer(), Duration.ofMillis(100));

  @AfterEach
  void closeVertx() {
    vertx.closeAndAwait();
  }

  @Test
  void manyAcknowledgementsInOneIntervalAreOneCommitOfTheNextOffsets() throws Exception {
    for (long offset = 0; offset < 100; offset++) {
      commits.acknowledged(FIRST, offset);
    }
    commits.acknowledged(SECOND, 7);

    awaitAsyncCommits(1);

    assertThat(asyncCommits)
        .containsExactly(
            Map.of(FIRST, new OffsetAndMetadata(100), SECOND, new OffsetAndMetadata(8)));
  }

  @Test
  void laterAcknowledgementsGoInTheNextCommit() throws Exception {
    commits.acknowledged(FIRST, 0);
    awaitAsyncCommits(1);
    commits.acknowledged(FIRST, 1);
    awaitAsyncCommits(2);

    assertThat(asyncCommits)
        .containsExactly(
            Map.of(FIRST, new OffsetAndMetadata(1)), Map.of(FIRST, new OffsetAndMetadata(2)));
  }

  @Test
  void aRevokedPartitionIsLeftToItsNextOwner() throws Exception {
    commits.acknowledged(FIRST, 4);
    commits.acknowledged(SECOND, 9);
    commits.partitionsRevoked(List.of(SECOND));

    awaitAsyncCommits(1);

    assertThat(asyncCommits).containsExactly(Map.of(FIRST, new OffsetAndMetadata(5)));
  }

  @Test
  void aGracefulStopCommitsWhatWasAcknowledgedAtOnce() {
    commits.acknowledged(FIRST, 41);

    commits.terminate(true);

    assertThat(finalCommits).containsExactly(Map.of(FIRST, new OffsetAndMetadata(42)));
    assertThat(asyncCommits).isEmpty();
  }

  /** Waits for {@code count} commits, then two intervals more for any that should not come. */
  private void awaitAsyncCommits(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (asyncCommits.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(200);
  }

  /** The consumer's two commit calls, recorded; nothing else is called. */
  @SuppressWarnings("unchecked")
  private KafkaConsumer<String, String> recordingConsumer() {
    return (KafkaConsumer<String, String>)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {KafkaConsumer.class},
            (proxy, method, args) -> {
              Map<TopicPartition, OffsetAndMetadata> offsets =
                  (Map<TopicPartition, OffsetAndMetadata>) args[0];
              switch (method.getName()) {
                case "commitAsync" -> asyncCommits.add(offsets);
                case "commit" -> finalCommits.add(offsets);
                default -> throw new UnsupportedOperationException(method.getName());
              }
              return Uni.createFrom().voidItem();
            });
  }
}

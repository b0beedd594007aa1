package dev.switchboard.eventing.inbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Commits acknowledged offsets once per {@code switchboard.consumer.commit-interval} instead of
 * once per record (smallrye's {@code latest}): every commit is a write to {@code
 * __consumer_offsets}, and one per record cost the broker more CPU than the events themselves. Like
 * {@code latest}, it never asks the broker for committed offsets on the record path, so a broker
 * outage cannot fail the channel. A record acknowledged but not yet committed when its consumer
 * dies or loses the partition is delivered again; the inbox makes that redelivery change nothing.
 */
public class PeriodicCommit implements KafkaCommitHandler {

  /** The {@code commit-strategy} value that selects it. */
  public static final String STRATEGY = "periodic";

  private static final Logger LOG = Logger.getLogger(PeriodicCommit.class);

  /** Builds one handler per channel with the configured interval. */
  @ApplicationScoped
  @Identifier(STRATEGY)
  public static class Factory implements KafkaCommitHandler.Factory {

    private final Duration interval;

    Factory(
        @ConfigProperty(name = "switchboard.consumer.commit-interval", defaultValue = "1s")
            Duration interval) {
      this.interval = interval;
    }

    @Override
    public PeriodicCommit create(
        KafkaConnectorIncomingConfiguration config,
        Vertx vertx,
        KafkaConsumer<?, ?> consumer,
        BiConsumer<Throwable, Boolean> reportFailure) {
      return new PeriodicCommit(vertx, consumer, interval);
    }
  }

  private final Vertx vertx;
  private final KafkaConsumer<?, ?> consumer;
  private final long intervalMillis;

  /** The next offset to read per partition, acknowledged since the last commit (guarded). */
  private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();

  private boolean scheduled;

  PeriodicCommit(Vertx vertx, KafkaConsumer<?, ?> consumer, Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("switchboard.consumer.commit-interval must be positive");
    }
    this.vertx = vertx;
    this.consumer = consumer;
    this.intervalMillis = interval.toMillis();
  }

  @Override
  public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
    acknowledged(new TopicPartition(record.getTopic(), record.getPartition()), record.getOffset());
    return Uni.createFrom().voidItem().runSubscriptionOn(record::runOnMessageContext);
  }

  void acknowledged(TopicPartition partition, long offset) {
    boolean schedule;
    synchronized (pending) {
      OffsetAndMetadata known = pending.get(partition);
      if (known == null || known.offset() <= offset) {
        pending.put(partition, new OffsetAndMetadata(offset + 1));
      }
      schedule = !scheduled;
      scheduled = true;
    }
    if (schedule) {
      vertx.setTimer(intervalMillis, timer -> commitPending());
    }
  }

  /** Commits what was acknowledged since the last commit, without waiting for the answer. */
  void commitPending() {
    Map<TopicPartition, OffsetAndMetadata> offsets = takePending();
    if (!offsets.isEmpty()) {
      consumer
          .commitAsync(offsets)
          .subscribe()
          .with(
              committed -> {},
              failure ->
                  LOG.warnf(
                      "commit of %s failed; the next commit covers it (until then a restart"
                          + " delivers these records again, and the inbox skips them): %s",
                      offsets, failure.toString()));
    }
  }

  /** A revoked partition's new owner reads on from its last commit. */
  @Override
  public void partitionsRevoked(Collection<TopicPartition> partitions) {
    synchronized (pending) {
      pending.keySet().removeAll(partitions);
    }
  }

  /** On a graceful stop, what was acknowledged is committed before the consumer closes. */
  @Override
  public void terminate(boolean graceful) {
    Map<TopicPartition, OffsetAndMetadata> offsets = takePending();
    if (graceful && !offsets.isEmpty()) {
      try {
        consumer.commit(offsets).await().atMost(Duration.ofSeconds(5));
      } catch (RuntimeException failure) {
        LOG.warnf(
            "final commit of %s failed (these records come again): %s",
            offsets, failure.toString());
      }
    }
  }

  private Map<TopicPartition, OffsetAndMetadata> takePending() {
    synchronized (pending) {
      Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>(pending);
      pending.clear();
      scheduled = false;
      return offsets;
    }
  }
}

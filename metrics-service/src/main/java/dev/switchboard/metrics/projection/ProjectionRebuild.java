package dev.switchboard.metrics.projection;

import dev.switchboard.contracts.Topic;
import dev.switchboard.eventing.inbox.Inbox;
import dev.switchboard.metrics.experience.DailyCounters;
import dev.switchboard.metrics.sql.Jdbc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds the projections from scratch: empties the fact and counter tables and the projection's
 * inbox claims, projects the imported history again, then replays every topic from its first offset
 * up to the end offsets seen after the reset, with a consumer of its own (no group). Live consumers
 * keep running: an event is applied once whichever path claims it first.
 */
@ApplicationScoped
public class ProjectionRebuild {

  private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
  private static final Duration POLL = Duration.ofMillis(500);

  /** Refused: another rebuild is running in this instance. */
  public static class AlreadyRunning extends RuntimeException {
    AlreadyRunning() {
      super("a rebuild is already running");
    }
  }

  /** What a rebuild did. */
  public record Result(long eventsRead, long eventsApplied, long tookMillis) {}

  private final Jdbc jdbc;
  private final Inbox inbox;
  private final ExperienceProjection projection;
  private final ImportedHistoryProjection history;
  private final DailyCounters counters;
  private final String bootstrapServers;
  private final ReentrantLock running = new ReentrantLock();

  ProjectionRebuild(
      Jdbc jdbc,
      Inbox inbox,
      ExperienceProjection projection,
      ImportedHistoryProjection history,
      DailyCounters counters,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.jdbc = jdbc;
    this.inbox = inbox;
    this.projection = projection;
    this.history = history;
    this.counters = counters;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * @throws AlreadyRunning when a rebuild is already running
   */
  public Result rebuild() {
    if (!running.tryLock()) {
      throw new AlreadyRunning();
    }
    try {
      long start = System.nanoTime();
      QuarkusTransaction.requiringNew().run(this::reset);
      long[] counts = replay();
      QuarkusTransaction.requiringNew().run(counters::markAllDays);
      counters.flush();
      long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
      LOG.infof(
          "projections rebuilt: %d events read, %d applied, %d ms", counts[0], counts[1], took);
      return new Result(counts[0], counts[1], took);
    } finally {
      running.unlock();
    }
  }

  private void reset() {
    jdbc.update(
        """
        truncate ticket_fact, interaction_fact, csat_fact, deflection_fact, experience_daily,
            experience_duration_daily, experience_duration_monthly, experience_dirty_day
        """);
    jdbc.update("delete from eventing_inbox where consumer = ?", ExperienceProjection.CONSUMER);
    history.project(null);
  }

  private long[] replay() {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.CLIENT_ID_CONFIG,
            "metrics-rebuild-" + UUID.randomUUID(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            1000);
    long read = 0;
    long applied = 0;
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (Topic topic : Topic.values()) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic.topicName());
        if (infos != null) {
          infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (!reachedEnd(consumer, partitions, end)) {
        ConsumerRecords<String, String> batch = consumer.poll(POLL);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (ConsumerRecord<String, String> record : batch) {
          if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
            records.add(record);
          }
        }
        read += records.size();
        applied += QuarkusTransaction.requiringNew().call(() -> applyAll(records));
      }
    }
    return new long[] {read, applied};
  }

  private long applyAll(List<ConsumerRecord<String, String>> records) {
    long applied = 0;
    for (ConsumerRecord<String, String> record : records) {
      if (record.headers().lastHeader("ce_id") == null
          || record.headers().lastHeader("ce_type") == null) {
        continue;
      }
      var event = inbox.receive(ExperienceProjection.CONSUMER, record);
      if (event.isPresent()) {
        try {
          projection.apply(event.get());
          applied++;
        } catch (UncheckedIOException e) {
          LOG.warnf("skipping unreadable event %s: %s", event.get().id(), e.getMessage());
        }
      }
    }
    return applied;
  }

  private static boolean reachedEnd(
      KafkaConsumer<String, String> consumer,
      List<TopicPartition> partitions,
      Map<TopicPartition, Long> end) {
    return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
  }
}

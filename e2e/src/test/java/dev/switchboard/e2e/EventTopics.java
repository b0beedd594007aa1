package dev.switchboard.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The event topics as the drills need them: every event delivered a second time (each record of the
 * given topics, key, headers with the CloudEvents id, and value unchanged, copied to the end of its
 * own topic), and a wait until every consumer group has read up to the end.
 */
final class EventTopics {

  private final String bootstrapServers;

  EventTopics(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** Re-produces what the topics hold now; returns how many records were sent again. */
  int replay(Collection<String> topics) throws InterruptedException, ExecutionException {
    Properties consumerConfig = new Properties();
    consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    Properties producerConfig = new Properties();
    producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    int sent = 0;
    try (KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(
                consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        KafkaProducer<byte[], byte[]> producer =
            new KafkaProducer<>(
                producerConfig, new ByteArraySerializer(), new ByteArraySerializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        consumer
            .partitionsFor(topic)
            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          TopicPartition partition = new TopicPartition(record.topic(), record.partition());
          if (record.offset() < ends.get(partition)) {
            producer.send(
                new ProducerRecord<>(
                    record.topic(),
                    record.partition(),
                    record.key(),
                    record.value(),
                    record.headers()));
            sent++;
          }
        }
      }
      producer.flush();
    }
    return sent;
  }

  /** Waits until every consumer group has committed the end of every partition it reads. */
  void awaitConsumersCaughtUp(Duration limit) throws InterruptedException, ExecutionException {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(config)) {
      long end = System.nanoTime() + limit.toNanos();
      while (System.nanoTime() < end) {
        if (lag(admin) == 0) {
          return;
        }
        Thread.sleep(1000);
      }
      throw new IllegalStateException(
          "consumers still behind after " + limit + ": lag " + lag(admin));
    }
  }

  private static long lag(Admin admin) throws InterruptedException, ExecutionException {
    long lag = 0;
    for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
      Set<TopicPartition> partitions = committed.keySet();
      Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
      partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
      var ends = admin.listOffsets(latest).all().get();
      for (TopicPartition partition : partitions) {
        OffsetAndMetadata offset = committed.get(partition);
        lag += ends.get(partition).offset() - (offset == null ? 0 : offset.offset());
      }
    }
    return lag;
  }
}

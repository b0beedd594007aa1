package dev.switchboard.routing.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.localinfra.TestInfra;
import dev.switchboard.routing.support.Api;
import dev.switchboard.routing.support.Tickets;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

/**
 * The consumers' offsets reach the broker (commit-strategy=periodic): a consumer that restarts
 * reads on from there instead of from the start of every partition, which the inbox would hide.
 */
@QuarkusTest
class OffsetCommitTest {

  private static final String TOPIC = "switchboard.tickets";

  @Test
  void aProcessedEventIsCommittedForTheGroupWithoutAnyLaterTraffic() throws Exception {
    TicketEvent ticket = Tickets.created("offsets", "p4", Instant.now());
    Tickets.publishCreated(ticket);
    Api.awaitAssignment(ticket.ticketId());

    try (AdminClient admin =
        AdminClient.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfra.kafka().bootstrapServers()))) {
      TopicPartition partition = partitionOf(admin, ticket.ticketId().toString());
      long end =
          admin
              .listOffsets(Map.of(partition, OffsetSpec.latest()))
              .partitionResult(partition)
              .get()
              .offset();

      await()
          .atMost(Duration.ofSeconds(15))
          .untilAsserted(() -> assertThat(committed(admin, partition)).isGreaterThanOrEqualTo(end));
    }
  }

  /** The partition Kafka's default partitioner picks for a keyed record. */
  private static TopicPartition partitionOf(AdminClient admin, String key) throws Exception {
    int partitions =
        admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().size();
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    return new TopicPartition(TOPIC, Utils.toPositive(Utils.murmur2(bytes)) % partitions);
  }

  private static long committed(AdminClient admin, TopicPartition partition) throws Exception {
    OffsetAndMetadata offset =
        admin
            .listConsumerGroupOffsets(TicketEventConsumer.CONSUMER)
            .partitionsToOffsetAndMetadata()
            .get()
            .get(partition);
    return offset == null ? -1 : offset.offset();
  }
}

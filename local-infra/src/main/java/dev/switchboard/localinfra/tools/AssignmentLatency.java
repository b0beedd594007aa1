package dev.switchboard.localinfra.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Create→assigned latency at a steady rate (open loop: contacts go out on a fixed schedule, however
 * slowly the stack answers). Measured from the 201 answer to the timestamp of routing's {@code
 * assigned} event on {@code switchboard.routing}, read from the local broker, so no polling adds
 * load. Both clocks are this machine's.
 */
final class AssignmentLatency {

  private static final String TOPIC = "switchboard.routing";
  private static final String ASSIGNED = "switchboard.routing.assigned.v1";
  private static final Duration SETTLE = Duration.ofSeconds(30);
  // enough senders for 200/s even when answers take over a second
  private static final int SENDERS = 256;

  private final StackClient client;
  private final URI contacts;
  private final BenchContacts bodies;
  private final String bootstrap;
  private final Map<String, Long> answeredAt = new ConcurrentHashMap<>();
  private final Map<String, Long> assignedAt = new ConcurrentHashMap<>();
  private final AtomicLong errors = new AtomicLong();
  private volatile boolean listening = true;

  AssignmentLatency(StackClient client, URI contacts, BenchContacts bodies, String bootstrap) {
    this.client = client;
    this.contacts = contacts;
    this.bodies = bodies;
    this.bootstrap = bootstrap;
  }

  String run(int perSecond, Duration duration) throws InterruptedException {
    try (KafkaConsumer<String, String> consumer = consumer()) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(TOPIC).stream()
              .map(p -> new TopicPartition(TOPIC, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position); // resolve the end now, before the first contact
      Thread listener = new Thread(() -> listen(consumer), "assignment-listener");
      listener.start();

      long sent = send(perSecond, duration);
      double achieved = answeredAt.size() / (duration.toNanos() / 1e9);
      long deadline = System.nanoTime() + SETTLE.toNanos();
      while (!assignedAt.keySet().containsAll(answeredAt.keySet())
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      listening = false;
      listener.join();

      long[] sortedNanos =
          answeredAt.entrySet().stream()
              .filter(e -> assignedAt.containsKey(e.getKey()))
              .mapToLong(e -> (assignedAt.get(e.getKey()) - e.getValue()) * 1_000_000)
              .sorted()
              .toArray();
      return String.format(
              Locale.ROOT,
              "create_to_assigned target_rps=%d duration_s=%d sent=%d created=%d"
                  + " achieved_rps=%.1f assigned=%d ",
              perSecond,
              duration.toSeconds(),
              sent,
              answeredAt.size(),
              achieved,
              sortedNanos.length)
          + LoadRun.percentiles(sortedNanos)
          + " unassigned="
          + (answeredAt.size() - sortedNanos.length)
          + " errors="
          + errors.get();
    }
  }

  private long send(int perSecond, Duration duration) throws InterruptedException {
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    long interval = 1_000_000_000L / perSecond;
    long start = System.nanoTime();
    long count = duration.toNanos() / interval;
    for (long i = 0; i < count; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      senders.execute(this::postOne);
    }
    senders.shutdown();
    senders.awaitTermination(2, TimeUnit.MINUTES);
    return count;
  }

  private void postOne() {
    try {
      HttpResponse<String> response = BenchMain.postContact(client, contacts, bodies.next());
      long at = System.currentTimeMillis();
      if (response.statusCode() != 201) {
        errors.incrementAndGet();
        return;
      }
      JsonNode ticket = StackClient.JSON.readTree(response.body()).path("ticket");
      answeredAt.put(ticket.path("id").asText(), at);
    } catch (Exception e) {
      errors.incrementAndGet();
    }
  }

  private void listen(KafkaConsumer<String, String> consumer) {
    while (listening) {
      for (ConsumerRecord<String, String> event : consumer.poll(Duration.ofMillis(100))) {
        Header type = event.headers().lastHeader("ce_type");
        if (event.key() != null
            && type != null
            && ASSIGNED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
          assignedAt.putIfAbsent(event.key(), event.timestamp());
        }
      }
    }
  }

  private KafkaConsumer<String, String> consumer() {
    Properties config = new Properties();
    config.put("bootstrap.servers", bootstrap);
    config.put("enable.auto.commit", "false");
    config.put("key.deserializer", StringDeserializer.class.getName());
    config.put("value.deserializer", StringDeserializer.class.getName());
    return new KafkaConsumer<>(config);
  }
}

package dev.switchboard.eventing.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka as binary-mode CloudEvents, oldest first, and deletes them once
 * the broker acknowledged them. Only one replica relays at a time (a PostgreSQL advisory lock),
 * which keeps one ticket's events in order across replicas. While Kafka is unreachable the rows
 * stay and the relay backs off exponentially; the API keeps accepting work meanwhile.
 *
 * <p>{@code seq} is taken when a row is inserted, not when its transaction commits, so a lower
 * {@code seq} can become visible after a higher one was already sent. The relay therefore deletes
 * exactly the rows it sent, never a range, and a late row is published on the next pass. Such a
 * late row is always of another Kafka key: {@link Outbox#emit} lets only one open transaction at a
 * time write events for a key, so within one key {@code seq} order is commit order, and sending in
 * {@code seq} order keeps one ticket's events in order. Events of different keys have no order
 * relative to each other (nor across partitions in Kafka).
 *
 * <p>A pass starts right after each commit that wrote outbox rows ({@link RelayWakeUp}), so events
 * leave within milliseconds; the poll (at least once a second: the scheduler's finest interval)
 * catches whatever a wake-up missed, such as rows written before a restart.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final long RELAY_LOCK = 0x5357_4f55_5442_4f58L; // "SWOUTBOX"

  private final AgroalDataSource dataSource;
  private final Map<String, Object> kafkaConfig;
  private final int batchSize;
  private final RelayBackoff backoff;
  private final Counter published;
  private final AtomicReference<Producer<String, byte[]>> producer = new AtomicReference<>();

  /** One pass at a time in this replica: the poll and the wake-up after a commit never overlap. */
  private final ReentrantLock passes = new ReentrantLock();

  OutboxRelay(
      AgroalDataSource dataSource,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      @ConfigProperty(name = "switchboard.outbox.batch-size", defaultValue = "500") int batchSize,
      @ConfigProperty(name = "switchboard.outbox.max-backoff", defaultValue = "PT10S")
          Duration maxBackoff,
      MeterRegistry meters) {
    this.dataSource = dataSource;
    this.kafkaConfig = kafkaConfig;
    this.batchSize = batchSize;
    this.backoff = new RelayBackoff(Duration.ofMillis(200), maxBackoff);
    this.published = meters.counter("switchboard.outbox.published");
    meters.gauge("switchboard.outbox.backlog", this, OutboxRelay::backlogOrMinusOne);
  }

  @Scheduled(
      every = "${switchboard.outbox.poll-interval:0.1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = RelaySwitch.class)
  void relayPending() {
    if (passes.tryLock()) {
      try {
        pass();
      } finally {
        passes.unlock();
      }
    }
  }

  /** A pass right now, after the one running (if any) ends; {@link RelayWakeUp} calls it. */
  void relayNow() {
    passes.lock();
    try {
      pass();
    } finally {
      passes.unlock();
    }
  }

  private void pass() {
    if (!backoff.mayAttempt(System.nanoTime())) {
      return;
    }
    try {
      while (relayBatch() == batchSize) {
        // keep draining a backlog without waiting for the next tick
      }
      backoff.succeeded();
    } catch (Exception e) {
      Duration wait = backoff.failed(System.nanoTime());
      LOG.warnf("outbox relay failed (%s); next attempt in %s", e.getMessage(), wait);
      discardProducer();
    }
  }

  /** Publishes up to one batch; returns how many rows were published and deleted. */
  int relayBatch() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        if (!tryRelayLock(connection)) {
          connection.rollback();
          return 0;
        }
        List<OutboxRow> rows = readBatch(connection);
        if (rows.isEmpty()) {
          connection.rollback();
          return 0;
        }
        send(rows);
        Long[] sent = rows.stream().map(OutboxRow::seq).toArray(Long[]::new);
        try (PreparedStatement delete =
            connection.prepareStatement("delete from eventing_outbox where seq = any(?)")) {
          delete.setArray(1, connection.createArrayOf("bigint", sent));
          delete.executeUpdate();
        }
        connection.commit();
        published.increment(rows.size());
        return rows.size();
      } catch (Exception e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private boolean tryRelayLock(Connection connection) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
      lock.setLong(1, RELAY_LOCK);
      try (ResultSet rs = lock.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private List<OutboxRow> readBatch(Connection connection) throws SQLException {
    List<OutboxRow> rows = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select seq, id, topic, ce_type, ce_source, ce_subject, ce_time, kafka_key, payload"
                + " from eventing_outbox order by seq limit ?")) {
      select.setInt(1, batchSize);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new OutboxRow(
                  rs.getLong("seq"),
                  rs.getString("id"),
                  rs.getString("topic"),
                  rs.getString("ce_type"),
                  rs.getString("ce_source"),
                  rs.getString("ce_subject"),
                  rs.getTimestamp("ce_time").toInstant(),
                  rs.getString("kafka_key"),
                  rs.getString("payload")));
        }
      }
    }
    return rows;
  }

  /** Sends in order and waits for every acknowledgement; throws unless all were acknowledged. */
  void send(List<OutboxRow> rows) throws Exception {
    Producer<String, byte[]> kafka = producer();
    List<Future<?>> acks = new ArrayList<>(rows.size());
    for (OutboxRow row : rows) {
      acks.add(kafka.send(toRecord(row)));
    }
    kafka.flush();
    for (Future<?> ack : acks) {
      ack.get(30, TimeUnit.SECONDS);
    }
  }

  private static ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            row.topic(), row.kafkaKey(), row.payload().getBytes(StandardCharsets.UTF_8));
    header(record, "ce_specversion", "1.0");
    header(record, "ce_id", row.id());
    header(record, "ce_type", row.ceType());
    header(record, "ce_source", row.ceSource());
    header(record, "ce_time", row.ceTime().toString());
    if (row.ceSubject() != null) {
      header(record, "ce_subject", row.ceSubject());
    }
    header(record, "content-type", "application/json");
    return record;
  }

  private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
    record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
  }

  private Producer<String, byte[]> producer() {
    return producer.updateAndGet(p -> p != null ? p : createProducer());
  }

  private Producer<String, byte[]> createProducer() {
    Map<String, Object> config = new HashMap<>();
    kafkaConfig.forEach(
        (key, value) -> {
          if (ProducerConfig.configNames().contains(key)
              || key.startsWith("sasl.")
              || key.startsWith("ssl.")
              || key.equals("security.protocol")) {
            config.put(key, value);
          }
        });
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
    return new KafkaProducer<>(config);
  }

  private void discardProducer() {
    Producer<String, byte[]> old = producer.getAndSet(null);
    if (old != null) {
      old.close(Duration.ofSeconds(1));
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    discardProducer();
  }

  private double backlogOrMinusOne() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement("select count(*) from eventing_outbox");
        ResultSet rs = count.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return -1;
    }
  }

  record OutboxRow(
      long seq,
      String id,
      String topic,
      String ceType,
      String ceSource,
      String ceSubject,
      java.time.Instant ceTime,
      String kafkaKey,
      String payload) {}
}

package dev.switchboard.eventing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.eventing.AfterCommit;
import dev.switchboard.eventing.OneTransaction;
import dev.switchboard.localinfra.PostgresServer;
import dev.switchboard.localinfra.TestInfra;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.transaction.Status;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay against the real embedded PostgreSQL and Kafka broker, without a Quarkus app. */
class OutboxRelayTest {

  private static final String DATABASE = "eventing";
  private static AgroalDataSource dataSource;

  private final String topic = "eventing-test-" + UUID.randomUUID();

  @BeforeAll
  static void database() throws Exception {
    TestInfra.postgres().ensureDatabase(DATABASE);
    dataSource =
        AgroalDataSource.from(
            new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(
                    pool ->
                        pool.maxSize(4)
                            .connectionFactoryConfiguration(
                                factory ->
                                    factory
                                        .jdbcUrl(TestInfra.postgres().jdbcUrl(DATABASE))
                                        .principal(new NamePrincipal(PostgresServer.USER))
                                        .credential(new SimplePassword("postgres")))));
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        InputStream migration =
            OutboxRelay.class.getResourceAsStream(
                "/db/eventing/V0_1__eventing_outbox_and_inbox.sql")) {
      statement.execute("drop table if exists eventing_outbox, eventing_inbox");
      statement.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @AfterAll
  static void closeDatabase() {
    dataSource.close();
  }

  @BeforeEach
  void emptyOutbox() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("delete from eventing_outbox");
    }
  }

  @Test
  void lowerSeqThatCommitsWhileAHigherOneIsBeingSentIsPublishedNotDeleted() throws Exception {
    try (Connection late = dataSource.getConnection()) {
      late.setAutoCommit(false);
      String lateId = insert(late, "ticket-a");
      String earlyId;
      try (Connection early = dataSource.getConnection()) {
        earlyId = insert(early, "ticket-b");
      }
      OutboxRelay relay =
          new OutboxRelay(
              dataSource, kafka(), 500, Duration.ofSeconds(1), new SimpleMeterRegistry()) {
            private boolean committed;

            @Override
            void send(List<OutboxRow> rows) throws Exception {
              super.send(rows);
              if (!committed) {
                committed = true;
                late.commit(); // lands between the relay's read and its delete
              }
            }
          };
      try {
        assertThat(relay.relayBatch()).isEqualTo(1);
        assertThat(pendingIds()).containsExactly(lateId);

        assertThat(relay.relayBatch()).isEqualTo(1);
        assertThat(pendingIds()).isEmpty();
        assertThat(publishedIds(2)).containsExactlyInAnyOrder(earlyId, lateId);
      } finally {
        relay.onStop(null);
      }
    }
  }

  @Test
  void oneKeysEventsArePublishedInTheOrderTheyWereWritten() throws Exception {
    List<String> written = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (int i = 0; i < 5; i++) {
        written.add(insert(connection, "ticket-c"));
      }
    }
    OutboxRelay relay =
        new OutboxRelay(dataSource, kafka(), 2, Duration.ofSeconds(1), new SimpleMeterRegistry());
    try {
      relay.relayPending();
      assertThat(pendingIds()).isEmpty();
      assertThat(publishedIds(5)).containsExactlyElementsOf(written);
    } finally {
      relay.onStop(null);
    }
  }

  @Test
  void aCommitThatWroteEventsStartsAPassWithoutWaitingForThePoll() throws Exception {
    String id;
    try (Connection connection = dataSource.getConnection()) {
      id = insert(connection, "ticket-d");
    }
    OutboxRelay relay =
        new OutboxRelay(dataSource, kafka(), 500, Duration.ofSeconds(1), new SimpleMeterRegistry());
    OneTransaction transaction = new OneTransaction();
    RelayWakeUp wakeUp =
        new RelayWakeUp(new AfterCommit(transaction), relay, new RelaySwitch(true));
    try {
      wakeUp.afterCommit();
      wakeUp.afterCommit(); // a second event of the same transaction

      assertThat(transaction.synchronizations()).hasSize(1);
      transaction.complete(Status.STATUS_COMMITTED);
      assertThat(publishedIds(1)).containsExactly(id);
    } finally {
      wakeUp.onStop(null);
      relay.onStop(null);
    }
    assertThat(pendingIds()).isEmpty();
  }

  @Test
  void aRolledBackTransactionOrADisabledRelayStartsNoPass() throws Exception {
    AtomicInteger passes = new AtomicInteger();
    OutboxRelay relay =
        new OutboxRelay(
            dataSource, kafka(), 500, Duration.ofSeconds(1), new SimpleMeterRegistry()) {
          @Override
          void relayNow() {
            passes.incrementAndGet();
          }
        };
    OneTransaction rolledBack = new OneTransaction();
    RelayWakeUp wakeUp = new RelayWakeUp(new AfterCommit(rolledBack), relay, new RelaySwitch(true));
    wakeUp.afterCommit();
    rolledBack.complete(Status.STATUS_ROLLEDBACK);
    OneTransaction elsewhere = new OneTransaction();
    RelayWakeUp disabled =
        new RelayWakeUp(new AfterCommit(elsewhere), relay, new RelaySwitch(false));
    disabled.afterCommit();
    wakeUp.onStop(null);
    disabled.onStop(null);

    assertThat(elsewhere.synchronizations()).isEmpty();
    assertThat(passes).hasValue(0);
  }

  private String insert(Connection connection, String key) throws Exception {
    UUID id = UUID.randomUUID();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into eventing_outbox"
                + " (id, topic, ce_type, ce_source, ce_subject, ce_time, kafka_key, payload)"
                + " values (?, ?, 'switchboard.test.v1', '/test', ?, ?, ?, '{}')")) {
      insert.setObject(1, id);
      insert.setString(2, topic);
      insert.setString(3, key);
      insert.setTimestamp(4, Timestamp.from(Instant.now()));
      insert.setString(5, key);
      insert.executeUpdate();
    }
    return id.toString();
  }

  private static List<String> pendingIds() throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select id from eventing_outbox order by seq")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private static Map<String, Object> kafka() {
    return Map.of("bootstrap.servers", TestInfra.kafka().bootstrapServers());
  }

  /** The ce_ids on this test's topic in partition order, once {@code expected} have arrived. */
  private List<String> publishedIds(int expected) {
    List<String> ids = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = TestInfra.kafka().probeConsumer()) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 20_000;
      while (ids.size() < expected && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          ids.add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
        }
      }
    }
    return ids;
  }
}

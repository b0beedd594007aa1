package dev.switchboard.eventing.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.EventType;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records events in the outbox table inside the caller's transaction, so an event exists if and
 * only if the change it announces was committed. {@link OutboxRelay} publishes them right after the
 * commit.
 *
 * <p>A transaction's events are written together just before it commits: one statement locks their
 * keys, one batch inserts them (a new ticket's two events cost two round trips, not four).
 */
@ApplicationScoped
public class Outbox {

  /** Advisory-lock namespace (two-int form, apart from the relay's one-bigint lock): "SW". */
  private static final int KEY_LOCKS = 0x5357;

  private static final String LOCK_KEYS =
      "select pg_advisory_xact_lock(?, hashtext(key)) from unnest(?::text[]) as key";

  private static final String INSERT =
      "insert into eventing_outbox"
          + " (id, topic, ce_type, ce_source, ce_subject, ce_time, kafka_key, payload)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?)";

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;
  private final String source;
  private final Clock clock;
  private final RelayWakeUp wakeUp;
  private final TransactionSynchronizationRegistry transactions;

  Outbox(
      AgroalDataSource dataSource,
      ObjectMapper json,
      @ConfigProperty(name = "switchboard.events.source") String source,
      Clock clock,
      RelayWakeUp wakeUp,
      TransactionSynchronizationRegistry transactions) {
    this.dataSource = dataSource;
    this.json = json;
    this.source = source;
    this.clock = clock;
    this.wakeUp = wakeUp;
    this.transactions = transactions;
  }

  /**
   * Adds one event. The Kafka key (and CloudEvents subject) is the ticket id where there is one, so
   * one ticket's events stay on one partition and in order.
   *
   * <p>Before the rows are inserted the transaction takes a lock on each of their keys, held until
   * it commits or rolls back: a second transaction writing for the same key waits, so its {@code
   * seq} is higher and it becomes visible later, and {@link OutboxRelay} can never find a lower
   * {@code seq} of a key it already sent. Keys are locked in one order (sorted), so two
   * transactions writing the same keys cannot deadlock on them.
   *
   * @return the CloudEvents id of the new event
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID emit(EventType type, Object key, Record payload) {
    if (!type.payloadType().isInstance(payload)) {
      throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName());
    }
    PendingEvent event;
    try {
      event =
          new PendingEvent(
              UUID.randomUUID(),
              type,
              key == null ? null : key.toString(),
              clock.instant(),
              json.writeValueAsString(payload));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write " + type.ceType() + " to the outbox", e);
    }
    TransactionEvents events =
        (TransactionEvents) transactions.getResource(TransactionEvents.class);
    if (events == null) {
      events = new TransactionEvents();
      transactions.putResource(TransactionEvents.class, events);
      TransactionEvents registered = events;
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              registered.written = true;
              write(registered.events);
            }

            @Override
            public void afterCompletion(int status) {}
          });
    }
    if (events.written) {
      // emitted while the transaction was already completing (a flush listener): written alone
      write(List.of(event));
    } else {
      events.events.add(event);
    }
    wakeUp.afterCommit();
    return event.id();
  }

  private void write(List<PendingEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      String[] keys =
          events.stream()
              .map(PendingEvent::key)
              .filter(Objects::nonNull)
              .distinct()
              .sorted()
              .toArray(String[]::new);
      if (keys.length > 0) {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_KEYS)) {
          lock.setInt(1, KEY_LOCKS);
          lock.setArray(2, connection.createArrayOf("text", keys));
          lock.execute();
        }
      }
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        for (PendingEvent event : events) {
          insert.setObject(1, event.id());
          insert.setString(2, event.type().topic().topicName());
          insert.setString(3, event.type().ceType());
          insert.setString(4, source);
          insert.setString(5, event.key());
          insert.setTimestamp(6, Timestamp.from(event.time()));
          insert.setString(7, event.key());
          insert.setString(8, event.payload());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not write " + events.size() + " events to the outbox", e);
    }
  }

  private record PendingEvent(UUID id, EventType type, String key, Instant time, String payload) {}

  /** The events one transaction emitted, until it writes them at completion. */
  private static final class TransactionEvents {
    final List<PendingEvent> events = new ArrayList<>();
    boolean written;
  }
}

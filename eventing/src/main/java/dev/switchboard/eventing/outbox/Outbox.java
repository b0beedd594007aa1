package dev.switchboard.eventing.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.EventType;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the outbox table inside the caller's transaction, so the event exists if and
 * only if the change it announces was committed. {@link OutboxRelay} publishes it right after the
 * commit.
 */
@ApplicationScoped
public class Outbox {

  /** Advisory-lock namespace (two-int form, apart from the relay's one-bigint lock): "SW". */
  private static final int KEY_LOCKS = 0x5357;

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;
  private final String source;
  private final Clock clock;
  private final RelayWakeUp wakeUp;

  Outbox(
      AgroalDataSource dataSource,
      ObjectMapper json,
      @ConfigProperty(name = "switchboard.events.source") String source,
      Clock clock,
      RelayWakeUp wakeUp) {
    this.dataSource = dataSource;
    this.json = json;
    this.source = source;
    this.clock = clock;
    this.wakeUp = wakeUp;
  }

  /**
   * Adds one event. The Kafka key (and CloudEvents subject) is the ticket id where there is one, so
   * one ticket's events stay on one partition and in order.
   *
   * <p>Before the row is inserted the transaction takes a lock on its key, held until it commits or
   * rolls back: a second transaction writing for the same key waits, so its {@code seq} is higher
   * and it becomes visible later, and {@link OutboxRelay} can never find a lower {@code seq} of a
   * key it already sent. Two transactions that write the same keys in opposite orders deadlock, and
   * PostgreSQL aborts one of them, as it would for their row locks.
   *
   * @return the CloudEvents id of the new event
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID emit(EventType type, Object key, Record payload) {
    if (!type.payloadType().isInstance(payload)) {
      throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName());
    }
    UUID id = UUID.randomUUID();
    String keyText = key == null ? null : key.toString();
    try (Connection connection = dataSource.getConnection()) {
      if (keyText != null) {
        try (PreparedStatement lock =
            connection.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
          lock.setInt(1, KEY_LOCKS);
          lock.setString(2, keyText);
          lock.execute();
        }
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into eventing_outbox"
                  + " (id, topic, ce_type, ce_source, ce_subject, ce_time, kafka_key, payload)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setObject(1, id);
        insert.setString(2, type.topic().topicName());
        insert.setString(3, type.ceType());
        insert.setString(4, source);
        insert.setString(5, keyText);
        insert.setTimestamp(6, Timestamp.from(clock.instant()));
        insert.setString(7, keyText);
        insert.setString(8, json.writeValueAsString(payload));
        insert.executeUpdate();
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("could not write " + type.ceType() + " to the outbox", e);
    }
    wakeUp.afterCommit();
    return id;
  }
}

package dev.switchboard.eventing.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.EventType;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * The idempotent side of consuming: an event id is remembered per consumer in the same transaction
 * as the consumer's effect, so a redelivered event is recognised and changes nothing.
 */
@ApplicationScoped
public class Inbox {

  private static final Logger LOG = Logger.getLogger(Inbox.class);

  private final AgroalDataSource dataSource;
  private final ObjectMapper mapper;

  Inbox(AgroalDataSource dataSource, ObjectMapper mapper) {
    this.dataSource = dataSource;
    this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * Reads a binary-mode CloudEvent and claims it for {@code consumer}. Empty when it was applied
   * before, or when its type is unknown to this version (a newer producer): both are skipped.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<ReceivedEvent> receive(String consumer, ConsumerRecord<String, String> record) {
    String id = header(record, "ce_id");
    String ceType = header(record, "ce_type");
    if (id == null || ceType == null) {
      throw new IllegalArgumentException(
          "not a CloudEvent (no ce_id/ce_type) at " + record.topic() + "@" + record.offset());
    }
    Optional<EventType> type = EventType.fromCeType(ceType);
    if (type.isEmpty()) {
      LOG.debugf("skipping unknown event type %s", ceType);
      return Optional.empty();
    }
    if (!firstDelivery(consumer, id)) {
      LOG.debugf("skipping redelivered event %s", id);
      return Optional.empty();
    }
    String time = header(record, "ce_time");
    return Optional.of(
        new ReceivedEvent(
            id,
            type.get(),
            header(record, "ce_source"),
            header(record, "ce_subject"),
            time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time),
            record.value(),
            mapper));
  }

  /** True the first time this consumer sees this event id (within the current transaction). */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(String consumer, String eventId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into eventing_inbox (consumer, event_id) values (?, ?)"
                    + " on conflict do nothing")) {
      insert.setString(1, consumer);
      insert.setString(2, eventId);
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("inbox unavailable", e);
    }
  }

  /**
   * The event type a record's {@code ce_type} header names, read without a transaction: a consumer
   * skips the types it has no use for before opening one. Empty when the header is missing or names
   * a type unknown to this version ({@link #receive} then decides).
   */
  public static Optional<EventType> typeOf(ConsumerRecord<String, String> record) {
    String ceType = header(record, "ce_type");
    return ceType == null ? Optional.empty() : EventType.fromCeType(ceType);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}

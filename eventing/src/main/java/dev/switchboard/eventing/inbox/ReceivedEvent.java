package dev.switchboard.eventing.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.EventType;
import java.io.UncheckedIOException;
import java.time.Instant;

/** A CloudEvent taken off Kafka, with its payload still as JSON until a consumer asks for it. */
public record ReceivedEvent(
    String id,
    EventType type,
    String source,
    String subject,
    Instant time,
    String json,
    ObjectMapper mapper) {

  /** The payload as the record type its event type declares. */
  public <T extends Record> T payload(Class<T> payloadType) {
    if (!payloadType.equals(type.payloadType())) {
      throw new IllegalArgumentException(type + " does not carry " + payloadType.getSimpleName());
    }
    try {
      return mapper.readValue(json, payloadType);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("unreadable " + type.ceType() + " payload", e);
    }
  }
}

package dev.switchboard.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates event payloads against the JSON Schemas of this module. Shipped in the contracts
 * test-jar so a producing service can check in its own tests that what it writes to the outbox is
 * what the AsyncAPI document promises:
 *
 * <pre>{@code
 * assertThat(EventSchemas.validate(EventType.TICKET_CREATED, payloadJson)).isEmpty();
 * }</pre>
 *
 * <p>Needs {@code com.networknt:json-schema-validator} on the test classpath.
 */
public final class EventSchemas {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static final Map<EventType, Schema> SCHEMAS = new EnumMap<>(EventType.class);

  private EventSchemas() {}

  /** The problems of a JSON payload for the event type; empty when it is valid. */
  public static List<String> validate(EventType type, String json) {
    return schema(type).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** Throws {@link IllegalArgumentException} listing the problems when the payload is invalid. */
  public static void requireValid(EventType type, String json) {
    List<String> problems = validate(type, json);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          type.ceType() + " payload does not match " + type.schemaResource() + ": " + problems);
    }
  }

  private static synchronized Schema schema(EventType type) {
    return SCHEMAS.computeIfAbsent(type, EventSchemas::load);
  }

  private static Schema load(EventType type) {
    try (InputStream in =
        EventSchemas.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("missing schema resource " + type.schemaResource());
      }
      return REGISTRY.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

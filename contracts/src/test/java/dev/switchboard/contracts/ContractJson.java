package dev.switchboard.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the contract documents of this module and writes payloads as the producers do. */
final class ContractJson {

  /** Like the services' mapper: java.time as ISO strings, nulls written. */
  static final ObjectMapper PAYLOADS =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private ContractJson() {}

  static JsonNode schema(EventType type) {
    return read(type.schemaResource(), PAYLOADS);
  }

  static JsonNode asyncApi() {
    return read("asyncapi.yaml", new ObjectMapper(new YAMLFactory()));
  }

  static String payload(Record record) {
    try {
      return PAYLOADS.writeValueAsString(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String resource, ObjectMapper mapper) {
    try (InputStream in = ContractJson.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

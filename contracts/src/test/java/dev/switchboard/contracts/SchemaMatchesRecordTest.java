package dev.switchboard.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas and the payload records cannot drift apart: same fields, same types, everywhere. */
class SchemaMatchesRecordTest {

  static Stream<Class<? extends Record>> payloadTypes() {
    return Arrays.stream(EventType.values()).map(EventType::payloadType).distinct();
  }

  @ParameterizedTest
  @MethodSource("payloadTypes")
  void theSchemaHasExactlyTheRecordsComponentsWithTheirTypes(Class<? extends Record> payload) {
    EventType type =
        Arrays.stream(EventType.values())
            .filter(t -> t.payloadType() == payload)
            .findFirst()
            .orElseThrow();
    JsonNode schema = ContractJson.schema(type);

    assertThat(differences(payload, schema, schema, payload.getSimpleName())).isEmpty();
  }

  /** Every mismatch between a record and an object schema, with its path. */
  private static List<String> differences(
      Class<?> record, JsonNode objectSchema, JsonNode root, String path) {
    List<String> found = new ArrayList<>();
    Set<String> components = new LinkedHashSet<>();
    for (RecordComponent component : record.getRecordComponents()) {
      components.add(component.getName());
    }
    Set<String> properties = new LinkedHashSet<>();
    objectSchema.path("properties").fieldNames().forEachRemaining(properties::add);
    if (!components.equals(properties)) {
      found.add(path + ": components " + components + " but schema properties " + properties);
      return found;
    }
    Set<String> required = new LinkedHashSet<>();
    objectSchema.path("required").forEach(r -> required.add(r.asText()));
    for (RecordComponent component : record.getRecordComponents()) {
      String at = path + "." + component.getName();
      JsonNode property = objectSchema.path("properties").path(component.getName());
      Class<?> javaType = component.getType();
      if (javaType.isPrimitive() && !required.contains(component.getName())) {
        found.add(at + ": a primitive is always written, so it must be required");
      }
      if (javaType.isRecord()) {
        JsonNode nested = resolve(property, root);
        if (nested == null || !javaType.getSimpleName().equals(definitionName(property))) {
          found.add(at + ": must $ref #/$defs/" + javaType.getSimpleName());
        } else {
          found.addAll(differences(javaType, nested, root, at));
        }
        continue;
      }
      Set<String> expected = expectedTypes(component, required.contains(component.getName()));
      if (!types(property).equals(expected)) {
        found.add(at + ": type " + types(property) + ", expected " + expected);
      }
      String format = expectedFormat(component.getGenericType());
      JsonNode formatHolder = javaType == List.class ? property.path("items") : property;
      if (format != null && !format.equals(formatHolder.path("format").asText())) {
        found.add(at + ": format must be " + format);
      }
    }
    return found;
  }

  /** A required property is never null; any other reference type may be. */
  private static Set<String> expectedTypes(RecordComponent component, boolean required) {
    Class<?> type = component.getType();
    String json;
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      json = "integer";
    } else if (type == boolean.class || type == Boolean.class) {
      json = "boolean";
    } else if (type == List.class) {
      json = "array";
    } else {
      json = "string";
    }
    return type.isPrimitive() || required ? Set.of(json) : Set.of(json, "null");
  }

  private static String expectedFormat(Type type) {
    if (type == UUID.class) {
      return "uuid";
    }
    if (type == Instant.class) {
      return "date-time";
    }
    if (type instanceof ParameterizedType list) {
      return expectedFormat(list.getActualTypeArguments()[0]);
    }
    return null;
  }

  private static Set<String> types(JsonNode property) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = property.path("type");
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type.isTextual()) {
      types.add(type.asText());
    }
    return Set.copyOf(types);
  }

  /** A nested record is {@code {"oneOf": [{"$ref": "#/$defs/X"}, {"type": "null"}]}}. */
  private static String definitionName(JsonNode property) {
    for (JsonNode option : property.path("oneOf")) {
      String ref = option.path("$ref").asText();
      if (ref.startsWith("#/$defs/")) {
        return ref.substring("#/$defs/".length());
      }
    }
    return null;
  }

  private static JsonNode resolve(JsonNode property, JsonNode root) {
    String name = definitionName(property);
    JsonNode definition = name == null ? null : root.path("$defs").path(name);
    return definition == null || definition.isMissingNode() ? null : definition;
  }
}

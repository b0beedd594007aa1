package dev.switchboard.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds fields the fabric8 model did not recognise. Its deserialiser is lenient: a misspelt or
 * misplaced key lands in an {@code additionalProperties} map instead of failing, so an empty map on
 * every node, recursively, is what "deserialises with no unknown fields" means.
 */
final class UnknownFields {

  /** Fields of a Strimzi KafkaTopic spec (kafka.strimzi.io/v1beta2 and v1). */
  private static final Set<String> KAFKA_TOPIC_SPEC =
      Set.of("topicName", "partitions", "replicas", "config");

  private UnknownFields() {}

  /** "Kind/name: path -> [keys]" for every node with additional properties; empty when clean. */
  static List<String> of(HasMetadata object) {
    List<String> found = new ArrayList<>();
    String where = object.getKind() + "/" + object.getMetadata().getName();
    if (object instanceof GenericKubernetesResource custom) {
      checkCustomResource(custom, where, found);
      return found;
    }
    walk(object, where, found, Collections.newSetFromMap(new IdentityHashMap<>()));
    return found;
  }

  /**
   * Custom resources outside the fabric8 model: only Strimzi's KafkaTopic is expected; its spec may
   * hold just the fields the chart sets.
   */
  private static void checkCustomResource(
      GenericKubernetesResource custom, String where, List<String> found) {
    if (!custom.getApiVersion().startsWith("kafka.strimzi.io/")
        || !custom.getKind().equals("KafkaTopic")) {
      found.add(where + ": " + custom.getApiVersion() + " is not in the fabric8 model");
      return;
    }
    Set<String> extraTop = new TreeSet<>(custom.getAdditionalProperties().keySet());
    extraTop.remove("spec");
    if (!extraTop.isEmpty()) {
      found.add(where + " -> unknown " + extraTop);
    }
    Object spec = custom.getAdditionalProperties().get("spec");
    if (spec instanceof Map<?, ?> fields) {
      Set<Object> unknown = new TreeSet<>();
      for (Object key : fields.keySet()) {
        if (!KAFKA_TOPIC_SPEC.contains(key)) {
          unknown.add(key);
        }
      }
      if (!unknown.isEmpty()) {
        found.add(where + ".spec -> unknown " + unknown);
      }
    } else {
      found.add(where + ": no spec");
    }
  }

  private static void walk(Object node, String path, List<String> found, Set<Object> seen) {
    if (node == null || isLeaf(node.getClass()) || !seen.add(node)) {
      return;
    }
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "[" + k + "]", found, seen));
      return;
    }
    if (node instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", found, seen);
      }
      return;
    }
    if (!node.getClass().getName().startsWith("io.fabric8.")) {
      return;
    }
    for (Method getter : getters(node.getClass())) {
      Object value;
      try {
        value = getter.invoke(node);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      if (getter.getName().equals("getAdditionalProperties")) {
        if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
          found.add(path + " -> unknown " + extra.keySet());
        }
      } else {
        walk(value, path + "." + propertyName(getter), found, seen);
      }
    }
  }

  private static boolean isLeaf(Class<?> type) {
    return type.isPrimitive()
        || type.isEnum()
        || type == String.class
        || Number.class.isAssignableFrom(type)
        || type == Boolean.class
        || type == Character.class;
  }

  private static List<Method> getters(Class<?> type) {
    List<Method> getters = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Object.class
          && (m.getName().startsWith("get") || m.getName().startsWith("is"))
          && m.getReturnType() != void.class) {
        getters.add(m);
      }
    }
    return getters;
  }

  private static String propertyName(Method getter) {
    String name = getter.getName();
    String bare = name.startsWith("is") ? name.substring(2) : name.substring(3);
    return bare.isEmpty() ? name : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }
}

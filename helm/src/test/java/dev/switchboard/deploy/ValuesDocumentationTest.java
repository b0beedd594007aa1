package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * values.yaml documents itself: the schema line first, and a comment above every key the chart
 * defines.
 */
class ValuesDocumentationTest {

  private static final Pattern KEY = Pattern.compile("^( *)([^\\s#:-][^:]*):(\\s.*)?$");

  @Test
  void valuesFileStartsWithItsSchemaLine() throws IOException {
    assertThat(Files.readAllLines(Chart.DIR.resolve("values.yaml")).get(0))
        .isEqualTo("# yaml-language-server: $schema=values.schema.json");
  }

  @Test
  void everyKeyTheSchemaDefinesHasACommentAboveIt() throws IOException {
    JsonNode schema =
        JsonMapper.builder()
            .build()
            .readTree(Files.readString(Chart.DIR.resolve("values.schema.json")));
    List<String> lines = Files.readAllLines(Chart.DIR.resolve("values.yaml"));
    List<String> undocumented = new ArrayList<>();
    Deque<Level> path = new ArrayDeque<>();

    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      while (!path.isEmpty() && path.peek().indent >= indent) {
        path.pop();
      }
      if (line.strip().startsWith("- ")) {
        path.push(new Level(indent, "-", null));
        continue;
      }
      Matcher key = KEY.matcher(line);
      if (!key.matches()) {
        continue;
      }
      JsonNode parent = path.isEmpty() ? schema : path.peek().schema;
      JsonNode node = parent == null ? null : property(schema, parent, key.group(2).strip());
      if (node != null && !commentAbove(lines, i)) {
        undocumented.add("line " + (i + 1) + ": " + key.group(2).strip());
      }
      path.push(new Level(indent, key.group(2).strip(), node));
    }

    assertThat(undocumented).as("keys without a comment").isEmpty();
  }

  private record Level(int indent, String key, JsonNode schema) {}

  /** The schema of a named property, following $ref; null where the chart defines no such key. */
  private static JsonNode property(JsonNode root, JsonNode node, String name) {
    for (JsonNode n = node; n != null; n = ref(root, n)) {
      JsonNode found = n.path("properties").get(name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static JsonNode ref(JsonNode root, JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? null : root.at(ref.asString().substring(1));
  }

  private static boolean commentAbove(List<String> lines, int index) {
    for (int j = index - 1; j >= 0; j--) {
      if (!lines.get(j).isBlank()) {
        return lines.get(j).strip().startsWith("#");
      }
    }
    return false;
  }
}

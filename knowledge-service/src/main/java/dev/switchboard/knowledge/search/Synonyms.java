package dev.switchboard.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Query-side synonyms of the IT help domain ("laptop" also finds "computer"), read from {@code
 * knowledge/synonyms.txt}: one group of equivalent words per line.
 */
public final class Synonyms {

  private final Map<String, List<String>> alternatives;

  private Synonyms(Map<String, List<String>> alternatives) {
    this.alternatives = alternatives;
  }

  public static Synonyms parse(String text) {
    Map<String, Set<String>> groups = new HashMap<>();
    for (String line : text.lines().toList()) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      Set<String> group = new LinkedHashSet<>();
      for (String word : line.split(",")) {
        if (!word.isBlank()) {
          group.add(word.strip().toLowerCase(Locale.ROOT));
        }
      }
      for (String word : group) {
        groups.computeIfAbsent(word, w -> new LinkedHashSet<>()).addAll(group);
      }
    }
    Map<String, List<String>> alternatives = new HashMap<>();
    groups.forEach(
        (word, group) ->
            alternatives.put(word, group.stream().filter(w -> !w.equals(word)).toList()));
    return new Synonyms(alternatives);
  }

  /** The built-in list of the service. */
  public static Synonyms builtIn() {
    try (InputStream in = Synonyms.class.getResourceAsStream("/knowledge/synonyms.txt")) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge/synonyms.txt", e);
    }
  }

  /** The other words of {@code word}'s group (empty when it has none). */
  public List<String> of(String word) {
    return alternatives.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
  }
}

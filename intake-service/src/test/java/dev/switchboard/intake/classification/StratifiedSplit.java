package dev.switchboard.intake.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Deterministic stratified splits: every label keeps its share in each part, shuffled with a fixed
 * seed so a run can be reproduced.
 */
final class StratifiedSplit {

  private StratifiedSplit() {}

  /** The samples dealt into {@code folds} parts, label by label. */
  static <T> List<List<T>> folds(List<T> samples, Function<T, String> label, int folds, long seed) {
    Map<String, List<T>> byLabel = new LinkedHashMap<>();
    samples.forEach(
        sample -> byLabel.computeIfAbsent(label.apply(sample), k -> new ArrayList<>()).add(sample));
    List<List<T>> parts = new ArrayList<>();
    for (int i = 0; i < folds; i++) {
      parts.add(new ArrayList<>());
    }
    Random random = new Random(seed);
    int next = 0;
    for (List<T> group : byLabel.values()) {
      Collections.shuffle(group, random);
      for (T sample : group) {
        parts.get(next++ % folds).add(sample);
      }
    }
    return parts;
  }

  /** Everything but part {@code held}. */
  static <T> List<T> allBut(List<List<T>> parts, int held) {
    List<T> rest = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (i != held) {
        rest.addAll(parts.get(i));
      }
    }
    return rest;
  }
}

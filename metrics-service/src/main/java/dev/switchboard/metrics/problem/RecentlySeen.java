package dev.switchboard.metrics.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The most recently used entries up to a fixed count, safe for concurrent consumers. */
final class RecentlySeen<K, V> {

  private final Map<K, V> entries;

  RecentlySeen(int capacity) {
    this.entries =
        Collections.synchronizedMap(
            new LinkedHashMap<>(capacity, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
              }
            });
  }

  Optional<V> get(K key) {
    return Optional.ofNullable(entries.get(key));
  }

  void put(K key, V value) {
    entries.put(key, value);
  }
}

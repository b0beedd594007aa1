package dev.switchboard.metrics.experience;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What the experience measures can be grouped by. */
public enum Dimension {
  CHANNEL("channel", "channel"),
  TYPE("type", "type"),
  CATEGORY("category", "category"),
  GROUP("group", "support_group");

  private final String wireName;
  private final String factColumn;

  Dimension(String wireName, String factColumn) {
    this.wireName = wireName;
    this.factColumn = factColumn;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** The ticket_fact column holding this dimension (a constant, safe to put in SQL). */
  String factColumn() {
    return factColumn;
  }

  public static Optional<Dimension> fromWire(String value) {
    return Arrays.stream(values()).filter(d -> d.wireName.equals(value)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}

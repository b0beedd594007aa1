package dev.switchboard.metrics.problem;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a recurring incident comes more or less often lately. */
public enum Trend {
  RISING("rising"),
  STEADY("steady"),
  FALLING("falling");

  private final String wireName;

  Trend(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static Trend fromWire(String value) {
    for (Trend trend : values()) {
      if (trend.wireName.equals(value)) {
        return trend;
      }
    }
    throw new IllegalArgumentException("unknown trend " + value);
  }

  @Override
  public String toString() {
    return wireName;
  }
}

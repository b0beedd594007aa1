package dev.switchboard.routing.team;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an agent can take new tickets: only {@code available} agents are chosen. */
public enum Availability {
  AVAILABLE("available"),
  AWAY("away"),
  OFF_SHIFT("off_shift");

  private final String wire;

  Availability(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  public static Availability of(String wire) {
    for (Availability value : values()) {
      if (value.wire.equals(wire)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown availability " + wire);
  }

  @Override
  public String toString() {
    return wire;
  }
}

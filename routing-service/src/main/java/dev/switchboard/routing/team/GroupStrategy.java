package dev.switchboard.routing.team;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a group hands its tickets to its agents. */
public enum GroupStrategy {
  /**
   * The agent with the lowest load relative to capacity; ties go to the least recently assigned.
   */
  LOAD_BALANCED("load_balanced"),
  /** The least recently assigned agent that still has capacity. */
  ROUND_ROBIN("round_robin"),
  /** Nobody is chosen: tickets wait in the group queue until an agent pulls one. */
  QUEUE("queue");

  private final String wire;

  GroupStrategy(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  public static GroupStrategy of(String wire) {
    for (GroupStrategy value : values()) {
      if (value.wire.equals(wire)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown strategy " + wire);
  }

  @Override
  public String toString() {
    return wire;
  }
}

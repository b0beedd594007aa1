package dev.switchboard.routing.escalation;

import com.fasterxml.jackson.annotation.JsonValue;

/** Functional: to another group or tier. Hierarchical: up to a supervisor. */
public enum EscalationKind {
  FUNCTIONAL("functional"),
  HIERARCHICAL("hierarchical");

  private final String wire;

  EscalationKind(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}

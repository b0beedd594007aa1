package dev.switchboard.intake.ticket;

import dev.switchboard.intake.json.WireEnum;

/** {@code p1} (most urgent) … {@code p5}. */
public enum Priority implements WireEnum {
  P1,
  P2,
  P3,
  P4,
  P5;

  @Override
  public String toString() {
    return wire();
  }
}

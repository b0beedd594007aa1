package dev.switchboard.intake.interaction;

import dev.switchboard.intake.json.WireEnum;

/** {@code inbound} from the customer, {@code outbound} to the customer. */
public enum Direction implements WireEnum {
  INBOUND,
  OUTBOUND;

  @Override
  public String toString() {
    return wire();
  }
}

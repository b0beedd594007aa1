package dev.switchboard.intake.interaction;

import dev.switchboard.intake.json.WireEnum;

/** {@code public} interactions are seen by the customer; {@code internal} notes only by staff. */
public enum Visibility implements WireEnum {
  PUBLIC,
  INTERNAL;

  @Override
  public String toString() {
    return wire();
  }
}

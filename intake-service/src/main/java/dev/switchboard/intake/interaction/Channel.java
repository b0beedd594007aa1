package dev.switchboard.intake.interaction;

import dev.switchboard.intake.json.WireEnum;

/** Where a contact came in or a reply went out. */
public enum Channel implements WireEnum {
  PORTAL,
  API,
  EMAIL,
  CHAT,
  PHONE,
  WALK_IN;

  @Override
  public String toString() {
    return wire();
  }
}

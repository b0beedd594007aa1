package dev.switchboard.intake.ticket;

import dev.switchboard.intake.json.WireEnum;
import dev.switchboard.intake.json.WireNames;

/** Impact and urgency levels. */
public enum Level implements WireEnum {
  HIGH,
  MEDIUM,
  LOW;

  @Override
  public String toString() {
    return wire();
  }

  public static Level fromWire(String value) {
    return WireNames.parse(Level.class, value);
  }
}

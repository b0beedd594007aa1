package dev.switchboard.intake.interaction;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** {@code inbound} from the customer, {@code outbound} to the customer. */
public enum Direction {
  INBOUND,
  OUTBOUND;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wire();
  }
}

package dev.switchboard.intake.interaction;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** {@code public} interactions are seen by the customer; {@code internal} notes only by staff. */
public enum Visibility {
  PUBLIC,
  INTERNAL;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wire();
  }
}

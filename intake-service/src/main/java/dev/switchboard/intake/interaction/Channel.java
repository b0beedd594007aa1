package dev.switchboard.intake.interaction;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a contact came in or a reply went out. */
public enum Channel {
  PORTAL,
  API,
  EMAIL,
  CHAT,
  PHONE,
  WALK_IN,
  /** Written by the desk itself (scheduler, major-incident broadcast without a channel). */
  SYSTEM;

  @JsonValue
  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return wire();
  }
}

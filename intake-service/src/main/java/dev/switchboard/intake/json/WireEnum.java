package dev.switchboard.intake.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum whose JSON value is its snake_case name ({@code in_progress}). Implementations also
 * return {@link #wire()} from {@code toString()}, which the JSON error mapper lists as the allowed
 * values.
 */
public interface WireEnum {

  String name();

  @JsonValue
  default String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}

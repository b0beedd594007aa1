package dev.switchboard.intake.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses snake_case wire names into enum constants, for values that arrive as plain strings. */
public final class WireNames {

  private WireNames() {}

  /**
   * @return the constant, or null for a null or blank value
   * @throws IllegalArgumentException naming the allowed values for anything else
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("must be one of " + allowed(type), e);
    }
  }

  public static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Object::toString)
        .collect(Collectors.joining(", "));
  }
}

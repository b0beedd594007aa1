package dev.switchboard.intake.ticket.api;

import dev.switchboard.httpapi.PageRequest;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.intake.json.WireNames;
import java.util.UUID;

/** Query parameters parsed by hand, so a bad value is a 400 naming the parameter (not a 404). */
public final class QueryParams {

  private QueryParams() {}

  /** {@code ?page=&size=}: whole numbers (not, say, {@code abc}) in range, else 400 naming them. */
  public static PageRequest page(String page, String size) {
    return PageRequest.of(integer("page", page), integer("size", size));
  }

  private static Integer integer(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw ApiProblem.invalid(name, "must be a whole number");
    }
  }

  public static UUID uuid(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid(name, "must be a UUID");
    }
  }

  public static <E extends Enum<E>> E wire(Class<E> type, String name, String value) {
    try {
      return WireNames.parse(type, value);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid(name, e.getMessage());
    }
  }
}

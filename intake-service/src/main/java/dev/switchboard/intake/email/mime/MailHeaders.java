package dev.switchboard.intake.email.mime;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The header fields of one message (or enclosed message), in order, with decoded values. */
public record MailHeaders(List<Field> fields) {

  public static final MailHeaders NONE = new MailHeaders(List.of());

  /** One header field; {@code value} is unfolded and RFC 2047-decoded. */
  public record Field(String name, String value) {}

  public MailHeaders {
    fields = List.copyOf(fields);
  }

  public Optional<String> first(String name) {
    return fields.stream()
        .filter(field -> field.name().equalsIgnoreCase(name))
        .map(Field::value)
        .findFirst();
  }

  /** The first value, lower-cased and trimmed, or "" when the field is absent. */
  public String lower(String name) {
    return first(name).map(value -> value.trim().toLowerCase(Locale.ROOT)).orElse("");
  }

  public boolean has(String name) {
    return first(name).isPresent();
  }
}

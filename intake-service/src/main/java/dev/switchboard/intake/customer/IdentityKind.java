package dev.switchboard.intake.customer;

import dev.switchboard.intake.json.WireEnum;
import java.util.Locale;

/** The kinds of identity a customer can hold; each (kind, value) belongs to one customer. */
public enum IdentityKind implements WireEnum {
  EMAIL,
  PHONE,
  CHAT_HANDLE,
  OIDC_SUBJECT;

  @Override
  public String toString() {
    return wire();
  }

  /** Accepts the wire name and the short aliases {@code chat} and {@code oidc}. */
  public static IdentityKind parse(String text) {
    String key = text.trim().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "chat" -> CHAT_HANDLE;
      case "oidc", "subject" -> OIDC_SUBJECT;
      default -> dev.switchboard.intake.json.WireNames.parse(IdentityKind.class, key);
    };
  }

  /**
   * The canonical form under which the identity is stored and matched.
   *
   * @throws IllegalArgumentException when the value is not a valid identity of this kind
   */
  public String canonical(String value, String defaultCountryCode) {
    String trimmed = value.trim();
    return switch (this) {
      case EMAIL -> {
        if (!trimmed.matches("[^@\\s]+@[^@\\s]+")) {
          throw new IllegalArgumentException("must be an e-mail address");
        }
        yield trimmed.toLowerCase(Locale.ROOT);
      }
      case PHONE -> PhoneNumbers.toE164(trimmed, defaultCountryCode);
      case CHAT_HANDLE, OIDC_SUBJECT -> {
        if (trimmed.isEmpty()) {
          throw new IllegalArgumentException("must not be blank");
        }
        yield trimmed;
      }
    };
  }
}

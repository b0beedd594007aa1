package dev.switchboard.intake.customer;

/**
 * Normalises phone numbers to E.164 ({@code +} and 8 to 15 digits) so one number written many ways
 * ("+49 (30) 123-456", "0049 30 123456", "030 123456") matches one customer. Numbers without an
 * international prefix get the desk's default country code; a national trunk "0" is dropped.
 */
public final class PhoneNumbers {

  private static final int MIN_DIGITS = 8;
  private static final int MAX_DIGITS = 15;

  private PhoneNumbers() {}

  /**
   * @param defaultCountryCode digits only, e.g. {@code 49}; used for numbers written nationally
   * @throws IllegalArgumentException when the text is not a phone number
   */
  public static String toE164(String text, String defaultCountryCode) {
    String raw = text == null ? "" : text.strip();
    int extension = raw.toLowerCase(java.util.Locale.ROOT).indexOf("ext");
    if (extension > 0) {
      raw = raw.substring(0, extension);
    }
    if (!raw.matches("\\+?[0-9 ()./\\-]+")) {
      throw new IllegalArgumentException("must be a phone number");
    }
    String digits = raw.replaceAll("[^0-9]", "");
    String international;
    if (raw.startsWith("+")) {
      international = digits;
    } else if (digits.startsWith("00")) {
      international = digits.substring(2);
    } else if (digits.startsWith("0")) {
      international = defaultCountryCode + digits.substring(1);
    } else {
      international = defaultCountryCode + digits;
    }
    if (international.startsWith("0")
        || international.length() < MIN_DIGITS
        || international.length() > MAX_DIGITS) {
      throw new IllegalArgumentException("must be a phone number");
    }
    return "+" + international;
  }
}

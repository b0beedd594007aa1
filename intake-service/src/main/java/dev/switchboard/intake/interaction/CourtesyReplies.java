package dev.switchboard.intake.interaction;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a courtesy reply ("thanks", "thank you, that worked") from a real follow-up. Only the
 * customer's own words count: quoted lines and everything after a signature or reply header are
 * dropped. A courtesy reply is short, thanks or confirms, and carries no question and no sign that
 * the problem is still there.
 */
public final class CourtesyReplies {

  private static final int MAX_WORDS = 20;
  private static final Pattern THANKS =
      Pattern.compile(
          "\\b(thanks?|thank you|thx|ty|cheers|many thanks|much appreciated|appreciate it"
              + "|great|perfect|awesome|works now|that worked|it worked|working now|all good"
              + "|solved|sorted|fixed|merci|danke|gracias)\\b");
  private static final Pattern STILL_BROKEN =
      Pattern.compile(
          "\\b(not|no longer|doesn'?t|does not|didn'?t|did not|isn'?t|can'?t|cannot|won'?t"
              + "|still|again|but|however|another|problem|issue|error|fail\\w*|broken|help)\\b");

  private CourtesyReplies() {}

  public static boolean isCourtesy(String text) {
    String own = ownWords(text);
    if (own.isEmpty() || own.contains("?")) {
      return false;
    }
    if (own.split("\\s+").length > MAX_WORDS) {
      return false;
    }
    return THANKS.matcher(own).find() && !STILL_BROKEN.matcher(own).find();
  }

  /** The text without quoted lines, reply headers and signatures, lower-case. */
  static String ownWords(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder own = new StringBuilder();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip().toLowerCase(Locale.ROOT);
      if (startsReplyOrSignature(line, trimmed)) {
        break;
      }
      if (!trimmed.startsWith(">")) {
        own.append(trimmed).append(' ');
      }
    }
    return own.toString().strip();
  }

  private static boolean startsReplyOrSignature(String line, String trimmed) {
    return line.equals("-- ")
        || trimmed.equals("--")
        || trimmed.startsWith("-----original message")
        || trimmed.startsWith("from:")
        || trimmed.startsWith("sent from my")
        || (trimmed.startsWith("on ") && trimmed.endsWith("wrote:"));
  }
}

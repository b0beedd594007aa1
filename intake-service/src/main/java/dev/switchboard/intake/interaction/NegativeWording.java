package dev.switchboard.intake.interaction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spots clearly negative wording (anger, threats to leave, "third time I ask"), the moment of truth
 * that routing escalates. Deliberately conservative: one strong phrase, or shouting plus a weaker
 * sign, is needed; a plain problem report ("the printer is broken") is not negative.
 */
public final class NegativeWording {

  private static final List<Pattern> STRONG =
      List.of(
          phrase("unacceptable"),
          phrase("ridiculous"),
          phrase("outrageous"),
          phrase("furious"),
          phrase("disgusted|disgusting|disgrace(ful)?"),
          phrase("worst (service|support|experience)"),
          phrase("fed up"),
          phrase("sick (and tired )?of"),
          phrase("(this|it) is a joke"),
          phrase("useless"),
          phrase("incompetent"),
          phrase("pathetic"),
          phrase("(cancel|terminate) (my|our|the) (contract|subscription|account)"),
          phrase("(lawyer|legal action|sue you)"),
          phrase("(formal )?complaint"),
          phrase("(third|fourth|fifth|\\d+(rd|th)) time"),
          phrase("still (no|not) (answer|response|reply|fixed)"),
          phrase("nobody (has )?(answered|responded|replied|helped)"),
          phrase("waste of (my )?time"),
          phrase("very (angry|upset|disappointed)"),
          phrase("(extremely|really|so) (angry|upset|frustrated|disappointed)"));
  private static final List<Pattern> WEAK =
      List.of(
          phrase("angry|upset|frustrat\\w*|annoy\\w*|disappoint\\w*|terrible|awful|horrible"),
          Pattern.compile("!{2,}"));
  private static final Pattern SHOUTED_WORD = Pattern.compile("\\b[A-Z]{4,}\\b");

  private NegativeWording() {}

  public static boolean isNegative(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (STRONG.stream().anyMatch(p -> p.matcher(lower).find())) {
      return true;
    }
    long weak = WEAK.stream().filter(p -> p.matcher(lower).find()).count();
    return weak >= 2 || (weak == 1 && shouting(text));
  }

  private static boolean shouting(String text) {
    return SHOUTED_WORD.matcher(text).results().count() >= 2;
  }

  private static Pattern phrase(String regex) {
    return Pattern.compile("\\b(" + regex + ")\\b");
  }
}

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

  private static final List<Phrase> STRONG =
      List.of(
          phrase("unacceptable", "unacceptable"),
          phrase("ridiculous", "ridiculous"),
          phrase("outrageous", "outrageous"),
          phrase("furious", "furious"),
          phrase("disgusted|disgusting|disgrace(ful)?", "disg"),
          phrase("worst (service|support|experience)", "worst "),
          phrase("fed up", "fed up"),
          phrase("sick (and tired )?of", "sick "),
          phrase("(this|it) is a joke", "is a joke"),
          phrase("useless", "useless"),
          phrase("incompetent", "incompetent"),
          phrase("pathetic", "pathetic"),
          phrase(
              "(cancel|terminate) (my|our|the) (contract|subscription|account)",
              "cancel ",
              "terminate "),
          phrase("(lawyer|legal action|sue you)", "lawyer", "legal action", "sue you"),
          phrase("(formal )?complaint", "complaint"),
          phrase("(third|fourth|fifth|\\d+(rd|th)) time", " time"),
          phrase("still (no|not) (answer|response|reply|fixed)", "still no"),
          phrase("nobody (has )?(answered|responded|replied|helped)", "nobody "),
          phrase("waste of (my )?time", "waste of "),
          phrase("very (angry|upset|disappointed)", "very "),
          phrase(
              "(extremely|really|so) (angry|upset|frustrated|disappointed)",
              "angry",
              "upset",
              "frustrated",
              "disappointed"));
  private static final List<Phrase> WEAK =
      List.of(
          phrase(
              "angry|upset|frustrat\\w*|annoy\\w*|disappoint\\w*|terrible|awful|horrible",
              "angry",
              "upset",
              "frustrat",
              "annoy",
              "disappoint",
              "terrible",
              "awful",
              "horrible"),
          new Phrase(Pattern.compile("!{2,}"), List.of("!!")));
  private static final Pattern SHOUTED_WORD = Pattern.compile("\\b[A-Z]{4,}\\b");

  private NegativeWording() {}

  public static boolean isNegative(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (STRONG.stream().anyMatch(p -> p.foundIn(lower))) {
      return true;
    }
    long weak = WEAK.stream().filter(p -> p.foundIn(lower)).count();
    return weak >= 2 || (weak == 1 && shouting(text));
  }

  private static boolean shouting(String text) {
    return SHOUTED_WORD.matcher(text).results().count() >= 2;
  }

  /**
   * A pattern and literals of which any match contains at least one: a text without any of them is
   * not scanned (23 scans with word boundaries cost more than the rest of classifying a contact).
   */
  private record Phrase(Pattern pattern, List<String> needles) {

    boolean foundIn(String lower) {
      return needles.stream().anyMatch(lower::contains) && pattern.matcher(lower).find();
    }
  }

  private static Phrase phrase(String regex, String... needles) {
    return new Phrase(Pattern.compile("\\b(" + regex + ")\\b"), List.of(needles));
  }
}

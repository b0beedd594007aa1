package dev.switchboard.intake.classification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a contact's free text into the tokens the categorisers see: lower-cased, accents folded,
 * links, e-mail addresses and numbers replaced by placeholders, punctuation dropped. The
 * categorisers add bigrams on top of these tokens.
 *
 * <p>The type model sees every word, because "please", "could you" and "I need" are what tell a
 * request from a fault. The category model sees only {@link #topicTokens topic words}: function
 * words and greetings carry no topic and only blur it (measured in docs/classification.md).
 */
public final class TextFeatures {

  static final String URL = "<url>";
  static final String EMAIL_ADDRESS = "<email>";
  static final String NUMBER = "<num>";

  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final String WORD = "(?<word>[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?)";
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<url>(?:https?://|www\\.)\\S+)"
              + "|(?<email>[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)"
              + "|"
              + WORD);

  /**
   * TOKEN for a text without "://", "www." and "@", where only its word alternative can match: the
   * e-mail alternative would otherwise read every word to its end and back again.
   */
  private static final Pattern WORD_TOKEN = Pattern.compile(WORD);

  private static final Pattern DIGITS = Pattern.compile("\\p{N}+");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "i", "me", "my", "we", "our", "us", "you", "your", "it", "its", "is",
          "are", "was", "were", "be", "been", "am", "to", "of", "in", "on", "at", "for", "and",
          "or", "but", "with", "this", "that", "these", "those", "can", "could", "would", "will",
          "please", "pls", "plz", "kindly", "hi", "hello", "dear", "thanks", "thank", "regards",
          "so", "from", "by", "as", "do", "does", "did", "have", "has", "had", "there", "since",
          "all", "any", "some", "just", "up", "out", "if", "s", "m", "ll", "them", "they", "he",
          "she", "his", "her", "im", "ive", "id");

  private TextFeatures() {}

  /** Subject and description as one text; either may be missing. */
  public static String text(String subject, String description) {
    String first = subject == null ? "" : subject.strip();
    String second = description == null ? "" : description.strip();
    if (first.isEmpty() || second.isEmpty()) {
      return first + second;
    }
    return first + "\n" + second;
  }

  /** Every word of the text, for the type model. */
  public static String[] tokens(String text) {
    if (text == null || text.isBlank()) {
      return new String[0];
    }
    String folded =
        DIACRITICS
            .matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD))
            .replaceAll("");
    List<String> tokens = new ArrayList<>();
    boolean wordsOnly =
        folded.indexOf('@') < 0 && !folded.contains("://") && !folded.contains("www.");
    Matcher matcher = (wordsOnly ? WORD_TOKEN : TOKEN).matcher(folded);
    while (matcher.find()) {
      if (!wordsOnly && matcher.group("url") != null) {
        tokens.add(URL);
      } else if (!wordsOnly && matcher.group("email") != null) {
        tokens.add(EMAIL_ADDRESS);
      } else {
        String word = matcher.group("word").replace("'", "");
        tokens.add(DIGITS.matcher(word).matches() ? NUMBER : word);
      }
    }
    return tokens.toArray(String[]::new);
  }

  /** The words that carry the topic, for the category model. */
  public static String[] topicTokens(String text) {
    return Arrays.stream(tokens(text))
        .filter(token -> !FUNCTION_WORDS.contains(token))
        .toArray(String[]::new);
  }
}

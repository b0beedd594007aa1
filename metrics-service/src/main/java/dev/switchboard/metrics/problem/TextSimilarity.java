package dev.switchboard.metrics.problem;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Word-set Jaccard similarity of short ticket texts, with stop words and simple suffixes off. */
public final class TextSimilarity {

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "from", "with",
          "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "my", "our", "we",
          "i", "me", "you", "your", "can", "cannot", "cant", "not", "no", "again", "please", "help",
          "hi", "hello", "thanks", "when", "after", "since", "every", "any", "all", "have", "has",
          "had", "do", "does", "did", "will", "would", "could", "should", "there", "here", "some",
          "keep", "keeps", "still", "just", "today", "now", "very", "so", "as", "by", "up");

  private TextSimilarity() {}

  /** The normalised words of a text. */
  public static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    if (text == null) {
      return words;
    }
    for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (raw.length() < 2 || STOP_WORDS.contains(raw)) {
        continue;
      }
      words.add(stem(raw));
    }
    return words;
  }

  /** |A ∩ B| / |A ∪ B|, 0 when both are empty. */
  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String word : a) {
      if (b.contains(word)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  private static String stem(String word) {
    if (word.length() > 5 && word.endsWith("ing")) {
      return word.substring(0, word.length() - 3);
    }
    if (word.length() > 4 && word.endsWith("ed")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}

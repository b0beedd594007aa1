package dev.switchboard.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed, read the way web search boxes do: words, {@code "quoted phrases"}, {@code
 * prefix*} terms and {@code -excluded} words. The words are only ever passed to PostgreSQL as bound
 * parameters of {@code plainto_tsquery}/{@code phraseto_tsquery}; prefixes are reduced to letters
 * and digits before they reach {@code to_tsquery}.
 *
 * @param terms the positive words and prefixes, in the order typed
 * @param phrases quoted phrases that must appear as written (after stemming)
 * @param excluded words or phrases that must not appear
 */
public record SearchQuery(List<Term> terms, List<String> phrases, List<String> excluded) {

  /**
   * One positive term.
   *
   * @param word the word as typed, without the {@code *}
   * @param asWord matches the whole (stemmed) word, or a spelling correction of it
   * @param asPrefix matches any word starting with it
   */
  public record Term(String word, boolean asWord, boolean asPrefix) {}

  private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
  private static final Pattern CORRECTABLE = Pattern.compile("\\p{L}{3,}");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]");

  /**
   * Parses a query.
   *
   * @param typing the text is being typed: its last word, unless followed by a space, also counts
   *     as a prefix (a half-typed portal form)
   * @param maxTerms at most this many distinct positive terms are kept (long ticket texts)
   */
  public static SearchQuery parse(String text, boolean typing, int maxTerms) {
    Map<String, Term> terms = new LinkedHashMap<>();
    List<String> phrases = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    Matcher tokens = TOKEN.matcher(text == null ? "" : text.replace('\u0000', ' '));
    while (tokens.find()) {
      if (tokens.group(2) != null) {
        String phrase = tokens.group(2).strip();
        if (!phrase.isEmpty()) {
          (tokens.group(1).isEmpty() ? phrases : excluded).add(phrase);
        }
        continue;
      }
      String token = tokens.group(3);
      boolean negated = token.startsWith("-") && token.length() > 1;
      boolean prefix = token.endsWith("*");
      boolean lastTyped = typing && tokens.end() == text.length();
      String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
      if (word.isEmpty() || word.equals("OR") || terms.size() >= maxTerms && !negated) {
        continue;
      }
      if (negated) {
        excluded.add(word);
      } else if (prefix) {
        String letters = NOT_ALPHANUMERIC.matcher(word).replaceAll("");
        if (!letters.isEmpty()) {
          terms.putIfAbsent(key(letters), new Term(letters, false, true));
        }
      } else {
        boolean asPrefix =
            lastTyped && word.length() >= 2 && !NOT_ALPHANUMERIC.matcher(word).find();
        terms.merge(
            key(word),
            new Term(word, true, asPrefix),
            (a, b) -> new Term(a.word(), true, a.asPrefix() || b.asPrefix()));
      }
    }
    return new SearchQuery(List.copyOf(terms.values()), phrases, excluded);
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  public boolean isEmpty() {
    return terms.isEmpty() && phrases.isEmpty();
  }

  /**
   * The whole words that the corpus vocabulary can judge (three letters or more, no digits): a
   * spelling correction may replace them.
   */
  public List<String> correctableWords() {
    return terms.stream()
        .filter(Term::asWord)
        .map(Term::word)
        .filter(word -> CORRECTABLE.matcher(word).matches())
        .toList();
  }
}

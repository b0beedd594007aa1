package dev.switchboard.knowledge.article;

import java.util.Locale;
import java.util.Set;

/**
 * Article languages (ISO 639-1). Those with a stemmer in PostgreSQL get language-aware search (see
 * {@code kb_regconfig}); any other two-letter code is accepted and searched without stemming.
 */
public final class ArticleLanguages {

  public static final String DEFAULT = "en";
  public static final Set<String> STEMMED = Set.of("en", "de", "fr", "es", "it", "pt", "nl");

  private ArticleLanguages() {}

  /** The normalised code, or null when {@code language} is not a two-letter code. */
  public static String normalise(String language) {
    if (language == null || language.isBlank()) {
      return DEFAULT;
    }
    String code = language.trim().toLowerCase(Locale.ROOT);
    return code.matches("[a-z]{2}") ? code : null;
  }
}

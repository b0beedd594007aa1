package dev.switchboard.knowledge.article.api;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.problem.Problem.FieldError;
import dev.switchboard.knowledge.article.ArticleContent;
import dev.switchboard.knowledge.article.ArticleLanguages;
import dev.switchboard.knowledge.article.Audience;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Body of {@code POST /articles} and {@code PUT /articles/{id}}. On PUT, a field left out keeps its
 * value from the latest version.
 */
public record ArticleRequest(
    String title,
    String body,
    String category,
    List<String> tags,
    String audience,
    String language) {

  static final int MAX_TITLE = 300;
  static final int MAX_BODY = 200_000;
  static final int MAX_TAGS = 30;
  static final int MAX_TAG = 60;
  static final int MAX_CATEGORY = 100;

  /** The content of a first version; new articles are for agents unless said otherwise. */
  public ArticleContent toContent() {
    return toContent(new ArticleContent(null, null, null, List.of(), Audience.AGENTS, null));
  }

  /** The content of the next version, on top of {@code previous}; 400 with every bad field. */
  public ArticleContent toContent(ArticleContent previous) {
    List<FieldError> errors = new ArrayList<>();
    String newTitle = text(title, previous.title(), "title", MAX_TITLE, true, errors);
    String newBody = text(body, previous.body(), "body", MAX_BODY, true, errors);
    String newCategory =
        text(category, previous.category(), "category", MAX_CATEGORY, false, errors);
    if (newCategory != null) {
      newCategory = newCategory.toLowerCase(Locale.ROOT);
    }
    String newLanguage =
        ArticleLanguages.normalise(language == null ? previous.language() : language);
    if (newLanguage == null) {
      errors.add(new FieldError("language", "must be a two-letter ISO 639-1 code such as en"));
    }
    List<String> newTags = tags == null ? previous.tags() : normaliseTags(errors);
    Audience newAudience = audience == null ? previous.audience() : audience(errors);
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors);
    }
    return new ArticleContent(newTitle, newBody, newCategory, newTags, newAudience, newLanguage);
  }

  private Audience audience(List<FieldError> errors) {
    for (Audience candidate : Audience.values()) {
      if (candidate.wireName().equals(audience)) {
        return candidate;
      }
    }
    errors.add(new FieldError("audience", "must be one of public, agents"));
    return null;
  }

  private List<String> normaliseTags(List<FieldError> errors) {
    Set<String> unique = new LinkedHashSet<>();
    for (String tag : tags) {
      if (tag == null || tag.isBlank()) {
        errors.add(new FieldError("tags", "must not contain blank tags"));
      } else if (tag.length() > MAX_TAG) {
        errors.add(new FieldError("tags", "each tag must be at most " + MAX_TAG + " characters"));
      } else {
        unique.add(tag.replace("\u0000", "").trim().toLowerCase(Locale.ROOT));
      }
    }
    if (unique.size() > MAX_TAGS) {
      errors.add(new FieldError("tags", "must have at most " + MAX_TAGS + " tags"));
    }
    return List.copyOf(unique);
  }

  private static String text(
      String value,
      String previous,
      String field,
      int max,
      boolean required,
      List<FieldError> errors) {
    // PostgreSQL text cannot hold NUL characters
    String result = value == null ? previous : value.replace("\u0000", "").strip();
    if (required && (result == null || result.isEmpty())) {
      errors.add(new FieldError(field, "must not be blank"));
    } else if (result != null && result.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
    return result == null || result.isEmpty() ? null : result;
  }
}

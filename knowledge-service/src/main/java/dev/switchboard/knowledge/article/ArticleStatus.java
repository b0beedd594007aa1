package dev.switchboard.knowledge.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an article or one of its versions stands. An article is {@code draft}, {@code in_review},
 * {@code published} or {@code retired}; a version that a newer one replaced is {@code superseded}.
 */
public enum ArticleStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  SUPERSEDED,
  RETIRED;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName();
  }
}

package dev.switchboard.knowledge.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who may read an article: everyone including customers, or staff only. */
public enum Audience {
  PUBLIC,
  AGENTS;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName();
  }
}

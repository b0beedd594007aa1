package dev.switchboard.knowledge.search;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.knowledge.article.Audience;
import java.util.EnumSet;
import java.util.Set;

/** Which audiences a caller searches: customers only ever public ones, whatever they ask for. */
public final class VisibleAudiences {

  private VisibleAudiences() {}

  /**
   * @param requested the {@code audience} query parameter, or null for every audience allowed
   */
  public static Set<Audience> of(boolean customer, String requested) {
    Set<Audience> allowed = customer ? EnumSet.of(Audience.PUBLIC) : EnumSet.allOf(Audience.class);
    if (requested == null || requested.isBlank()) {
      return allowed;
    }
    for (Audience audience : Audience.values()) {
      if (audience.wireName().equals(requested)) {
        allowed.retainAll(EnumSet.of(audience));
        return allowed;
      }
    }
    throw ApiProblem.invalid("audience", "must be one of public, agents");
  }
}

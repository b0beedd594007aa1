package dev.switchboard.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.knowledge.article.Audience;
import org.junit.jupiter.api.Test;

class VisibleAudiencesTest {

  @Test
  void customersOnlyEverSearchPublicArticles() {
    assertThat(VisibleAudiences.of(true, null)).containsExactly(Audience.PUBLIC);
    assertThat(VisibleAudiences.of(true, "agents")).isEmpty();
  }

  @Test
  void staffSearchWhatTheyAskFor() {
    assertThat(VisibleAudiences.of(false, null)).containsExactly(Audience.PUBLIC, Audience.AGENTS);
    assertThat(VisibleAudiences.of(false, "agents")).containsExactly(Audience.AGENTS);
    assertThatThrownBy(() -> VisibleAudiences.of(false, "all")).isInstanceOf(ApiProblem.class);
  }
}

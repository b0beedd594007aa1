package dev.switchboard.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.httpapi.problem.ApiProblem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

  @Test
  void reviewThenPublishMakesTheLatestVersionLive() {
    Article article = Article.draft("agent1", NOW);
    article.submitForReview(NOW);

    assertThat(article.publishLatest(NOW)).isNull();
    assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(article.publishedVersion()).isEqualTo(1);
  }

  @Test
  void editingKeepsThePublishedVersionLiveUntilTheNextPublish() {
    Article article = Article.draft("agent1", NOW);
    article.publishLatest(NOW);

    assertThat(article.addVersion(NOW)).isEqualTo(2);
    assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(article.publishedVersion()).isEqualTo(1);
    assertThat(article.publishLatest(NOW)).isEqualTo(1);
    assertThat(article.publishedVersion()).isEqualTo(2);
  }

  @Test
  void illegalStepsAreConflicts() {
    Article article = Article.draft("agent1", NOW);
    article.publishLatest(NOW);

    assertThatThrownBy(() -> article.publishLatest(NOW))
        .isInstanceOf(ApiProblem.class)
        .hasMessage("an article cannot go from published to published");
    assertThatThrownBy(() -> article.submitForReview(NOW)).isInstanceOf(ApiProblem.class);
    assertThat(article.retire(NOW)).isEqualTo(1);
    assertThat(article.isLive()).isFalse();
    assertThatThrownBy(() -> article.retire(NOW))
        .extracting(e -> ((ApiProblem) e).status())
        .isEqualTo(409);
  }

  @Test
  void aRetiredArticleComesBackThroughANewVersion() {
    Article article = Article.draft("agent1", NOW);
    article.retire(NOW);
    article.addVersion(NOW);

    assertThat(article.publishLatest(NOW)).isNull();
    assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
  }
}

package dev.switchboard.knowledge.kcs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.knowledge.kcs.GapReport.Gap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KcsFiguresTest {

  @Test
  void sharesAreRoundedAndNullWithoutData() {
    ArticleHealth health = ArticleHealth.of(UUID.randomUUID(), 10, 3, 1, 2, 1, 5, 1);
    assertThat(health.reopenShare()).isEqualTo(0.3333);
    assertThat(health.helpfulShare()).isEqualTo(0.6667);

    ArticleHealth fresh = ArticleHealth.of(UUID.randomUUID(), 0, 0, 0, 0, 0, 0, 0);
    assertThat(fresh.reopenShare()).isNull();
    assertThat(fresh.helpfulShare()).isNull();
  }

  @Test
  void aGapIsFrequentAndRarelyLinked() {
    assertThat(Gap.of("printing", 12, 0, 3).isGap(5, 0)).isTrue();
    assertThat(Gap.of("printing", 4, 0, 0).isGap(5, 0)).isFalse();
    assertThat(Gap.of("printing", 12, 1, 3).isGap(5, 0)).isFalse();
    assertThat(Gap.of("printing", 12, 1, 3).isGap(5, 0.1)).isTrue();
  }
}

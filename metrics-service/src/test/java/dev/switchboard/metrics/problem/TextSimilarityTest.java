package dev.switchboard.metrics.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

  @Test
  void wordsDropStopWordsCaseAndSimpleSuffixes() {
    assertThat(TextSimilarity.words("The VPN keeps Disconnecting from my laptops"))
        .containsExactlyInAnyOrder("vpn", "disconnect", "laptop");
  }

  @Test
  void jaccardIsSharedOverAllWords() {
    assertThat(
            TextSimilarity.jaccard(
                TextSimilarity.words("vpn drops"), TextSimilarity.words("vpn disconnects")))
        .isEqualTo(1.0 / 3);
    assertThat(TextSimilarity.jaccard(TextSimilarity.words(""), TextSimilarity.words(null)))
        .isZero();
  }
}

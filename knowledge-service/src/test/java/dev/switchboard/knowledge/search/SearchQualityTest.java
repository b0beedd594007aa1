package dev.switchboard.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.knowledge.search.DemoKnowledgeBase.Judgement;
import dev.switchboard.localinfra.TestInfra;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ranks the demo knowledge base for queries written the way users type them (typos, synonyms,
 * questions) and measures how often the right article comes first (hit@1) and the mean reciprocal
 * rank of the right article within the top 10 (MRR).
 */
@QuarkusTest // shares the module's PostgreSQL (started in Quarkus' class loader)
class SearchQualityTest {

  static final double MIN_HIT_AT_1 = 0.85;
  static final double MIN_MRR = 0.9;

  @Test
  void demoQueriesFindTheirArticleFirst() throws Exception {
    DemoKnowledgeBase kb = DemoKnowledgeBase.load(TestInfra.postgres(), "knowledge_quality");
    Map<String, UUID> titles = kb.titles();
    List<Judgement> judgements = DemoKnowledgeBase.judgements();
    assertThat(titles).hasSizeGreaterThanOrEqualTo(50);
    assertThat(judgements).hasSizeGreaterThanOrEqualTo(50);

    int hits = 0;
    double reciprocalRanks = 0;
    for (Judgement judgement : judgements) {
      UUID expected = titles.get(judgement.expectedTitle());
      assertThat(expected).as("article titled %s", judgement.expectedTitle()).isNotNull();
      List<UUID> ranked =
          kb.search(judgement.query(), 10).hits().stream().map(SearchHit::articleId).toList();
      int rank = ranked.indexOf(expected) + 1;
      if (rank == 1) {
        hits++;
      } else {
        System.out.printf(
            "search-quality miss: %-45s rank %d, first: %s%n",
            judgement.query(), rank, ranked.isEmpty() ? "-" : titleOf(titles, ranked.get(0)));
      }
      reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
    }
    double hitAt1 = (double) hits / judgements.size();
    double mrr = reciprocalRanks / judgements.size();
    System.out.printf(
        "search-quality articles=%d queries=%d hit@1=%.3f mrr=%.3f%n",
        titles.size(), judgements.size(), hitAt1, mrr);
    assertThat(hitAt1).isGreaterThanOrEqualTo(MIN_HIT_AT_1);
    assertThat(mrr).isGreaterThanOrEqualTo(MIN_MRR);
  }

  private static String titleOf(Map<String, UUID> titles, UUID id) {
    return titles.entrySet().stream()
        .filter(e -> e.getValue().equals(id))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("?");
  }
}

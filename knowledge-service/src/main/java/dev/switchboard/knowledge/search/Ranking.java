package dev.switchboard.knowledge.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Weights of the ranking formula (see docs/knowledge.md "Ranking"). */
@ConfigMapping(prefix = "switchboard.knowledge.ranking")
public interface Ranking {

  /** Added when an article matches every term, not just some. */
  @WithDefault("0.3")
  double allTermsBonus();

  /** Times the trigram word similarity of the query to the title (0..1). */
  @WithDefault("0.4")
  double titleSimilarityWeight();

  /** Added for articles in the category a suggestion asks about. */
  @WithDefault("0.15")
  double categoryBoost();

  /** Least trigram similarity for a misspelt term to be corrected to a corpus word. */
  @WithDefault("0.3")
  double correctionSimilarity();
}

package dev.switchboard.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped seed set and the model trained from it, scored by 5-fold cross-validation. */
class SeedModelQualityTest {

  private static final long SHUFFLE_SEED = 42;
  private final List<LabelledSample> seed = ShippedConfig.seed();

  @Test
  void seedCoversEveryCategoryWithBothTypes() {
    for (String category : ShippedConfig.tree().categories()) {
      List<LabelledSample> examples =
          seed.stream().filter(sample -> category.equals(sample.category())).toList();
      assertThat(examples).as(category).hasSizeGreaterThanOrEqualTo(25);
      assertThat(examples.stream().map(LabelledSample::type).distinct())
          .as(category)
          .containsExactlyInAnyOrder(LabelledSample.INCIDENT, LabelledSample.SERVICE_REQUEST);
    }
  }

  @Test
  void shippedModelScoresWellAboveTheMajorityClassOnUnseenSeedText() {
    Evaluation evaluation =
        Evaluation.crossValidate(ShippedConfig.trainer(), seed, 5, SHUFFLE_SEED);
    System.out.printf(
        "seed set, %d samples, 5-fold cross-validation, shipped trainer %s%n  type:     %s%n"
            + "  category: %s%n",
        seed.size(), ShippedConfig.trainer().algorithm(), evaluation.type(), evaluation.category());
    assertThat(evaluation.type().macroF1()).isGreaterThan(0.85);
    assertThat(evaluation.category().macroF1())
        .isGreaterThan(evaluation.category().majorityMacroF1() + 0.4);
  }

  @Test
  void shippedAlgorithmScoresAtLeastAsWellAsTheOtherOpenNlpTrainers() {
    double shipped = categoryMacroF1(ShippedConfig.trainer());
    for (String other : List.of(ClassifierTrainer.MAXENT_GIS, ClassifierTrainer.NAIVE_BAYES)) {
      assertThat(shipped)
          .as("versus " + other)
          .isGreaterThanOrEqualTo(categoryMacroF1(ShippedConfig.trainer(other)));
    }
  }

  private double categoryMacroF1(ClassifierTrainer trainer) {
    Evaluation evaluation = Evaluation.crossValidate(trainer, seed, 5, SHUFFLE_SEED);
    System.out.printf(
        "seed set, 5-fold, %s%n  type:     %s%n  category: %s%n",
        trainer.algorithm(), evaluation.type(), evaluation.category());
    return evaluation.category().macroF1();
  }
}

package dev.switchboard.intake.classification;

import java.util.ArrayList;
import java.util.List;

/** Type and category scores of models trained on one part of the samples and scored on another. */
record Evaluation(Scores type, Scores category) {

  private static final int FOLDS = 5;

  /** Stratified 80/20: trains on four fifths, scores the held-out fifth. */
  static Evaluation holdOut(ClassifierTrainer trainer, List<LabelledSample> samples, long seed) {
    List<List<LabelledSample>> parts =
        StratifiedSplit.folds(samples, Evaluation::stratum, FOLDS, seed);
    Predictions predictions = new Predictions();
    predictions.score(trainer.train(StratifiedSplit.allBut(parts, 0)), parts.get(0));
    return predictions.evaluation();
  }

  /** Stratified k-fold: every sample is scored once by models that never saw it. */
  static Evaluation crossValidate(
      ClassifierTrainer trainer, List<LabelledSample> samples, int folds, long seed) {
    List<List<LabelledSample>> parts =
        StratifiedSplit.folds(samples, Evaluation::stratum, folds, seed);
    Predictions predictions = new Predictions();
    for (int held = 0; held < folds; held++) {
      predictions.score(trainer.train(StratifiedSplit.allBut(parts, held)), parts.get(held));
    }
    return predictions.evaluation();
  }

  private static String stratum(LabelledSample sample) {
    return sample.type() + "|" + sample.category();
  }

  private static final class Predictions {
    final List<String> trueTypes = new ArrayList<>();
    final List<String> predictedTypes = new ArrayList<>();
    final List<String> trueCategories = new ArrayList<>();
    final List<String> predictedCategories = new ArrayList<>();

    void score(TrainedClassifier model, List<LabelledSample> heldOut) {
      for (LabelledSample sample : heldOut) {
        Classification result = model.classify(sample.text());
        trueTypes.add(sample.type());
        predictedTypes.add(result.type());
        trueCategories.add(sample.category());
        predictedCategories.add(result.category());
      }
    }

    Evaluation evaluation() {
      return new Evaluation(
          Scores.of(trueTypes, predictedTypes), Scores.of(trueCategories, predictedCategories));
    }
  }
}

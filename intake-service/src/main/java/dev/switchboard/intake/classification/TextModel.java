package dev.switchboard.intake.classification;

import java.util.function.Function;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * One trained categoriser with the tokenisation it was trained on, so prediction sees text the way
 * training did.
 */
record TextModel(DoccatModel model, Function<String, String[]> tokens) {

  /** The best label for a text, with its probability. */
  record Prediction(String label, double confidence) {}

  Prediction predict(String text) {
    // A categoriser per call: cheap, and the shared model is only read.
    DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
    double[] probabilities = categorizer.categorize(tokens.apply(text));
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return new Prediction(categorizer.getCategory(best), probabilities[best]);
  }
}

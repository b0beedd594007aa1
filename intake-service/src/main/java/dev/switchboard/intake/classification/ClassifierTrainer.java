package dev.switchboard.intake.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the two OpenNLP document categorisers (type and category) from labelled samples. Plain
 * Java and stateless: the same trainer serves the shipped seed model, a desk's CSV export and
 * agents' corrections.
 *
 * @param algorithm an OpenNLP trainer: {@code MAXENT_QN} (maximum entropy by L-BFGS, the default),
 *     {@code MAXENT} (by GIS), {@code NAIVEBAYES} or {@code PERCEPTRON}
 * @param iterations training iterations (not used by naive Bayes)
 * @param cutoff features seen fewer times than this are ignored
 */
public record ClassifierTrainer(String algorithm, int iterations, int cutoff) {

  public static final String MAXENT_QN = "MAXENT_QN";
  public static final String MAXENT_GIS = "MAXENT";
  public static final String NAIVE_BAYES = "NAIVEBAYES";
  public static final String PERCEPTRON = "PERCEPTRON";

  public ClassifierTrainer {
    Objects.requireNonNull(algorithm, "algorithm");
    if (iterations < 1 || cutoff < 0) {
      throw new IllegalArgumentException("iterations must be positive and cutoff not negative");
    }
  }

  /** Both models from the same samples; each model uses the samples that carry its label. */
  public TrainedClassifier train(Collection<LabelledSample> samples) {
    return new TrainedClassifier(
        trainModel("type", samples, LabelledSample::type, TextFeatures::tokens),
        trainModel("category", samples, LabelledSample::category, TextFeatures::topicTokens));
  }

  /**
   * One categoriser over the given label of the samples, seeing the text through {@code tokens}.
   */
  TextModel trainModel(
      String labelName,
      Collection<LabelledSample> samples,
      Function<LabelledSample, String> label,
      Function<String, String[]> tokens) {
    List<DocumentSample> documents =
        samples.stream()
            .filter(sample -> label.apply(sample) != null && !label.apply(sample).isBlank())
            .map(sample -> new DocumentSample(label.apply(sample), tokens.apply(sample.text())))
            .filter(document -> document.getText().length > 0)
            .toList();
    long distinctLabels = documents.stream().map(DocumentSample::getCategory).distinct().count();
    if (distinctLabels < 2) {
      throw new IllegalArgumentException(
          "training the " + labelName + " model needs samples of at least two different labels");
    }
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    try {
      return new TextModel(
          DocumentCategorizerME.train(
              "en", new CollectionObjectStream<>(documents), parameters, features()),
          tokens);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bag of words plus bigrams over {@link TextFeatures#tokens}. */
  private static DoccatFactory features() {
    try {
      return new DoccatFactory(
          new FeatureGenerator[] {
            new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)
          });
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}

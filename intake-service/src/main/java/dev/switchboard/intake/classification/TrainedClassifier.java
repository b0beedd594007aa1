package dev.switchboard.intake.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Function;
import opennlp.tools.doccat.DoccatModel;

/** An immutable pair of trained models, type and category. Safe to share between threads. */
public final class TrainedClassifier {

  /** The type model sees every word: courtesy and "I need" are what mark a request. */
  static final Function<String, String[]> TYPE_TOKENS = TextFeatures::tokens;

  /** The category model sees only the words that carry a topic. */
  static final Function<String, String[]> CATEGORY_TOKENS = TextFeatures::topicTokens;

  private final TextModel typeModel;
  private final TextModel categoryModel;

  TrainedClassifier(TextModel typeModel, TextModel categoryModel) {
    this.typeModel = typeModel;
    this.categoryModel = categoryModel;
  }

  public Classification classify(String text) {
    TextModel.Prediction type = typeModel.predict(text);
    TextModel.Prediction category = categoryModel.predict(text);
    return new Classification(
        type.label(), category.label(), type.confidence(), category.confidence());
  }

  /** Writes both models in OpenNLP's model format. */
  void write(OutputStream type, OutputStream category) throws IOException {
    typeModel.model().serialize(type);
    categoryModel.model().serialize(category);
  }

  /** Reads models written by {@link #write}. */
  static TrainedClassifier read(InputStream type, InputStream category) throws IOException {
    return new TrainedClassifier(
        new TextModel(new DoccatModel(type), TYPE_TOKENS),
        new TextModel(new DoccatModel(category), CATEGORY_TOKENS));
  }
}

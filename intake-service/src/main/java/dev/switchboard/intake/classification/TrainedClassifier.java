package dev.switchboard.intake.classification;

/** An immutable pair of trained models, type and category. Safe to share between threads. */
public final class TrainedClassifier {

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
}

package dev.switchboard.intake.classification;

import java.util.List;
import java.util.Properties;

/**
 * The configuration a model depends on: the category tree's leaves and the trainer. A model built
 * for other settings does not fit and is retrained.
 *
 * @param categories the leaves of {@code switchboard.categories}
 * @param trainer the trainer of {@code switchboard.classifier.*}
 */
public record ClassifierSettings(List<String> categories, ClassifierTrainer trainer) {

  public ClassifierSettings {
    categories = List.copyOf(categories);
  }

  /**
   * The settings as an application.properties file holds them (used at build time and in tests).
   */
  public static ClassifierSettings from(Properties properties) {
    return new ClassifierSettings(
        List.of(required(properties, "switchboard.categories").split(",")),
        new ClassifierTrainer(
            required(properties, "switchboard.classifier.algorithm"),
            Integer.parseInt(required(properties, "switchboard.classifier.iterations")),
            Integer.parseInt(required(properties, "switchboard.classifier.cutoff"))));
  }

  public CategoryTree tree() {
    return new CategoryTree(categories);
  }

  /** Identifies the settings in a built model's fingerprint. */
  String describe() {
    return new CategoryTree(categories).categories()
        + " "
        + trainer.algorithm()
        + " "
        + trainer.iterations()
        + " "
        + trainer.cutoff();
  }

  private static String required(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " is not set");
    }
    return value.strip();
  }
}

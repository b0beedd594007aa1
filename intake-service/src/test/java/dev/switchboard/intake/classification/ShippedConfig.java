package dev.switchboard.intake.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/** The classifier settings and seed set as shipped, for tests without Quarkus. */
final class ShippedConfig {

  private static final ClassifierSettings SETTINGS = load();

  private ShippedConfig() {}

  static ClassifierSettings settings() {
    return SETTINGS;
  }

  static CategoryTree tree() {
    return SETTINGS.tree();
  }

  static ClassifierTrainer trainer() {
    return SETTINGS.trainer();
  }

  static ClassifierTrainer trainer(String algorithm) {
    return new ClassifierTrainer(algorithm, trainer().iterations(), trainer().cutoff());
  }

  static List<LabelledSample> seed() {
    return SeedModel.samples(tree());
  }

  private static ClassifierSettings load() {
    Properties properties = new Properties();
    try (InputStream in =
        ShippedConfig.class.getClassLoader().getResourceAsStream("application.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ClassifierSettings.from(properties);
  }
}

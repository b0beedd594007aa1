package dev.switchboard.intake.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;

/** The category tree and trainer as application.properties configures them, for plain tests. */
final class ShippedConfig {

  private static final Properties PROPERTIES = load();

  private ShippedConfig() {}

  static CategoryTree tree() {
    return new CategoryTree(
        Arrays.asList(PROPERTIES.getProperty("switchboard.categories").split(",")));
  }

  static ClassifierTrainer trainer() {
    return trainer(PROPERTIES.getProperty("switchboard.classifier.algorithm"));
  }

  static ClassifierTrainer trainer(String algorithm) {
    return new ClassifierTrainer(
        algorithm,
        Integer.parseInt(PROPERTIES.getProperty("switchboard.classifier.iterations")),
        Integer.parseInt(PROPERTIES.getProperty("switchboard.classifier.cutoff")));
  }

  static java.util.List<LabelledSample> seed() {
    return OpenNlpTicketClassifier.loadSeed(tree());
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in =
        ShippedConfig.class.getClassLoader().getResourceAsStream("application.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}

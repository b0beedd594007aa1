package dev.switchboard.intake.classification;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The intake classifier: OpenNLP document categorisers trained at start-up from the shipped seed
 * set, retrainable from a desk's export and agents' corrections. The trained model is the bean's
 * only mutable state, swapped atomically so a classification never sees half a model.
 */
@Startup
@ApplicationScoped
public class OpenNlpTicketClassifier implements TicketClassifier {

  static final String SEED_RESOURCE = "classification/seed.csv";
  private static final Logger LOG = Logger.getLogger(OpenNlpTicketClassifier.class);

  private final ClassifierTrainer trainer;
  private final CategoryTree tree;
  private final Instance<TrainingSampleSource> collected;
  private final List<LabelledSample> seed;
  private final AtomicReference<TrainedClassifier> model = new AtomicReference<>();

  @Inject
  OpenNlpTicketClassifier(
      CategoryTree tree,
      Instance<TrainingSampleSource> collected,
      @ConfigProperty(name = "switchboard.classifier.algorithm") String algorithm,
      @ConfigProperty(name = "switchboard.classifier.iterations") int iterations,
      @ConfigProperty(name = "switchboard.classifier.cutoff") int cutoff) {
    this.tree = tree;
    this.collected = collected;
    this.trainer = new ClassifierTrainer(algorithm, iterations, cutoff);
    this.seed = loadSeed(tree);
    long started = System.nanoTime();
    model.set(trainer.train(seed));
    LOG.infof(
        "classifier trained from %d seed samples in %d ms",
        seed.size(), (System.nanoTime() - started) / 1_000_000);
  }

  @Override
  public Classification classify(String subject, String description) {
    return model.get().classify(TextFeatures.text(subject, description));
  }

  /**
   * Trains a new model from the seed, the uploaded samples and every collected sample, then swaps
   * it in. A failed training leaves the current model in place.
   */
  public RetrainResult retrain(List<LabelledSample> uploaded) {
    List<LabelledSample> corrections = new ArrayList<>();
    collected.forEach(source -> corrections.addAll(source.samples()));
    List<LabelledSample> samples = new ArrayList<>(seed);
    samples.addAll(uploaded);
    samples.addAll(corrections);
    model.set(trainer.train(samples));
    return new RetrainResult(seed.size(), uploaded.size(), corrections.size(), Instant.now());
  }

  public CategoryTree tree() {
    return tree;
  }

  static List<LabelledSample> loadSeed(CategoryTree tree) {
    try (InputStream in =
            OpenNlpTicketClassifier.class.getClassLoader().getResourceAsStream(SEED_RESOURCE);
        Reader reader =
            new InputStreamReader(
                java.util.Objects.requireNonNull(in, SEED_RESOURCE), StandardCharsets.UTF_8)) {
      return new LabelledCsv(tree, LabelledCsv.UnknownCategory.DROP_LABEL).read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

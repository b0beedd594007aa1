package dev.switchboard.intake.classification;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The intake classifier: OpenNLP document categorisers for type and category, starting from the
 * shipped seed model and retrainable from a desk's export and agents' corrections. The trained
 * model is the bean's only mutable state, swapped atomically so a classification never sees half a
 * model.
 */
@Startup
@ApplicationScoped
public class OpenNlpTicketClassifier implements TicketClassifier {

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
    this.seed = SeedModel.samples(tree);
    ClassifierSettings settings = new ClassifierSettings(tree.categories(), trainer);
    long started = System.nanoTime();
    model.set(
        SeedModel.prebuilt(settings)
            .orElseGet(
                () -> {
                  LOG.info("no seed model was built for this category tree; training it now");
                  return trainer.train(seed);
                }));
    LOG.infof("classifier ready in %d ms", (System.nanoTime() - started) / 1_000_000);
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
    collected.forEach(
        source -> source.samples().stream().map(this::onTree).forEach(corrections::add));
    List<LabelledSample> samples = new ArrayList<>(seed);
    samples.addAll(uploaded);
    samples.addAll(corrections);
    model.set(trainer.train(samples));
    return new RetrainResult(seed.size(), uploaded.size(), corrections.size(), Instant.now());
  }

  /** A correction recorded under an older tree counts for the nearest category the tree has now. */
  private LabelledSample onTree(LabelledSample sample) {
    String category =
        sample.category() == null ? null : tree.closest(sample.category()).orElse(null);
    return new LabelledSample(sample.text(), sample.type(), category);
  }
}

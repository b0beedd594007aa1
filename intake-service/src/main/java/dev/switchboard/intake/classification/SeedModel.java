package dev.switchboard.intake.classification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The shipped model: trained from {@code classification/seed.csv}. The build trains it once ({@link
 * #main}, run by the exec-maven-plugin after compiling) and stores it with a fingerprint of the
 * seed and the settings, so start-up only loads it. A desk whose configured tree or trainer differs
 * from the build's gets its seed model trained at start-up instead.
 */
public final class SeedModel {

  static final String SEED = "classification/seed.csv";
  static final String TYPE_MODEL = "classification/seed-type.bin";
  static final String CATEGORY_MODEL = "classification/seed-category.bin";
  static final String FINGERPRINT = "classification/seed-model.sha256";

  private SeedModel() {}

  /**
   * Builds the seed model into a classes directory, with the settings of its
   * application.properties.
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(classes.resolve("application.properties"))) {
      properties.load(in);
    }
    ClassifierSettings settings = ClassifierSettings.from(properties);
    TrainedClassifier model = settings.trainer().train(samples(settings.tree()));
    try (OutputStream type = Files.newOutputStream(classes.resolve(TYPE_MODEL));
        OutputStream category = Files.newOutputStream(classes.resolve(CATEGORY_MODEL))) {
      model.write(type, category);
    }
    Files.writeString(classes.resolve(FINGERPRINT), fingerprint(settings));
  }

  /** The seed set, with labels mapped onto the desk's tree. */
  public static List<LabelledSample> samples(CategoryTree tree) {
    return new LabelledCsv(tree, LabelledCsv.UnknownCategory.DROP_LABEL)
        .read(new InputStreamReader(new ByteArrayInputStream(seedBytes()), StandardCharsets.UTF_8));
  }

  /** The built model if it was built from this seed with these settings. */
  static Optional<TrainedClassifier> prebuilt(ClassifierSettings settings) {
    byte[] stored = resource(FINGERPRINT).orElse(null);
    if (stored == null
        || !new String(stored, StandardCharsets.UTF_8).equals(fingerprint(settings))) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          TrainedClassifier.read(
              new ByteArrayInputStream(resource(TYPE_MODEL).orElseThrow()),
              new ByteArrayInputStream(resource(CATEGORY_MODEL).orElseThrow())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fingerprint(ClassifierSettings settings) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(seedBytes());
      digest.update(settings.describe().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] seedBytes() {
    return resource(SEED).orElseThrow(() -> new IllegalStateException(SEED + " is missing"));
  }

  private static Optional<byte[]> resource(String name) {
    try (InputStream in = SeedModel.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.switchboard.intake.classification.api;

import dev.switchboard.intake.classification.LabelledSample;
import dev.switchboard.intake.classification.TrainingSampleSource;
import jakarta.inject.Singleton;
import java.util.List;

/** Stands for the agents' corrections the ticket feature records: a word only they teach. */
@Singleton
public class RecordedCorrectionsFixture implements TrainingSampleSource {

  static final String TAUGHT_WORD = "glorptoken";

  @Override
  public List<LabelledSample> samples() {
    return List.of(
        new LabelledSample("my glorptoken was cloned", null, "security"),
        new LabelledSample("glorptoken compromised, someone used it", "incident", "security"),
        new LabelledSample("lost glorptoken, someone may use it", "incident", "security"));
  }
}

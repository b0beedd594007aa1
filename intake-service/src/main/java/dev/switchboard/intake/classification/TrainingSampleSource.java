package dev.switchboard.intake.classification;

import java.util.List;

/**
 * Labelled samples a desk collects while it works, such as agents' corrections of a classification.
 * Every bean of this type is added to the seed when the classifier is retrained; the ticket feature
 * provides one over its recorded corrections.
 */
public interface TrainingSampleSource {

  List<LabelledSample> samples();
}

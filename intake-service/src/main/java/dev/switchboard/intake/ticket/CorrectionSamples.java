package dev.switchboard.intake.ticket;

import dev.switchboard.intake.classification.LabelledSample;
import dev.switchboard.intake.classification.TextFeatures;
import dev.switchboard.intake.classification.TrainingSampleSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Agents' corrections as training samples for the classifier: the newest correction of each ticket
 * labels that ticket's text.
 */
@ApplicationScoped
public class CorrectionSamples implements TrainingSampleSource {

  @Override
  public List<LabelledSample> samples() {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                ClassificationCorrection.<ClassificationCorrection>list(
                        "id in (select max(c.id) from ClassificationCorrection c group by"
                            + " c.ticketId)")
                    .stream()
                    .map(
                        c ->
                            new LabelledSample(
                                TextFeatures.text(c.subject, c.description),
                                c.correctedType,
                                c.correctedCategory))
                    .toList());
  }
}

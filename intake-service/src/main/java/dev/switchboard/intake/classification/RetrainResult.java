package dev.switchboard.intake.classification;

import java.time.Instant;

/**
 * What a retraining used and when its model went live.
 *
 * @param seedSamples samples of the shipped seed set
 * @param uploadedSamples samples of the desk's uploaded export
 * @param collectedSamples samples from {@link TrainingSampleSource}s (agents' corrections)
 * @param trainedAt when the new model replaced the old one
 */
public record RetrainResult(
    int seedSamples, int uploadedSamples, int collectedSamples, Instant trainedAt) {}

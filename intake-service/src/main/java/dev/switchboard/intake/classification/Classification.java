package dev.switchboard.intake.classification;

/**
 * What the classifier decided for one text.
 *
 * @param type {@code incident} or {@code service_request}
 * @param category a leaf or branch of the category tree, e.g. {@code hardware/printer}
 * @param typeConfidence 0..1, how sure the type decision is
 * @param categoryConfidence 0..1, how sure the category suggestion is
 */
public record Classification(
    String type, String category, double typeConfidence, double categoryConfidence) {}

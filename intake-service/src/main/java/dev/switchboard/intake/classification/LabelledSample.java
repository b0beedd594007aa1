package dev.switchboard.intake.classification;

/**
 * One text with the answer a person gave for it. Either label may be missing (an agent who only
 * corrected the category); each model learns from the samples that carry its label.
 *
 * @param text subject and description as one text
 * @param type {@code incident} or {@code service_request}, or null
 * @param category a category label, or null
 */
public record LabelledSample(String text, String type, String category) {

  public static final String INCIDENT = "incident";
  public static final String SERVICE_REQUEST = "service_request";
}

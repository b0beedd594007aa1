package dev.switchboard.intake.classification;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a desk's labelled export (see docs/classification.md). A header row names the columns, in
 * any order: {@code text}, or {@code subject} and/or {@code description}; {@code type} ({@code
 * incident} | {@code service_request}); {@code category} (a category of the desk's tree, or below
 * one). Each row needs some text and at least one label. Other columns are ignored.
 */
public final class LabelledCsv {

  private static final int MAX_REPORTED_ERRORS = 20;

  /** Rows that cannot be used, each named by its line. Nothing of such a file is trained on. */
  public static final class InvalidLabelsException extends RuntimeException {
    private final List<String> errors;

    InvalidLabelsException(List<String> errors) {
      super(String.join("; ", errors));
      this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
      return errors;
    }
  }

  /** What a row whose category the tree does not know means. */
  public enum UnknownCategory {
    /** The file is refused: a desk's own export must match its tree. */
    REJECT,
    /** The row keeps only its type: the shipped seed covers more categories than a desk may use. */
    DROP_LABEL
  }

  private final CategoryTree tree;
  private final UnknownCategory unknownCategory;

  public LabelledCsv(CategoryTree tree, UnknownCategory unknownCategory) {
    this.tree = tree;
    this.unknownCategory = unknownCategory;
  }

  public List<LabelledSample> read(Reader csv) {
    List<CsvRows.Row> rows;
    try {
      rows = CsvRows.read(csv);
    } catch (CsvRows.MalformedCsvException e) {
      throw new InvalidLabelsException(List.of(e.getMessage()));
    }
    if (rows.isEmpty()) {
      throw new InvalidLabelsException(List.of("the file is empty"));
    }
    Map<String, Integer> columns = columns(rows.get(0));
    List<String> errors = new ArrayList<>();
    List<LabelledSample> samples = new ArrayList<>();
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      if (errors.size() >= MAX_REPORTED_ERRORS) {
        break;
      }
      sample(row, columns, errors).ifPresent(samples::add);
    }
    if (errors.isEmpty() && samples.isEmpty()) {
      errors.add("the file has a header but no rows");
    }
    if (!errors.isEmpty()) {
      throw new InvalidLabelsException(errors);
    }
    return samples;
  }

  private static Map<String, Integer> columns(CsvRows.Row header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      columns.putIfAbsent(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    boolean hasText =
        columns.containsKey("text")
            || columns.containsKey("subject")
            || columns.containsKey("description");
    boolean hasLabel = columns.containsKey("type") || columns.containsKey("category");
    if (!hasText || !hasLabel) {
      throw new InvalidLabelsException(
          List.of(
              "line 1: the header needs a text column (text, subject or description) and a label"
                  + " column (type or category)"));
    }
    return columns;
  }

  private Optional<LabelledSample> sample(
      CsvRows.Row row, Map<String, Integer> columns, List<String> errors) {
    String text =
        TextFeatures.text(
            field(row, columns, "subject"),
            TextFeatures.text(field(row, columns, "text"), field(row, columns, "description")));
    String type = wireName(field(row, columns, "type"));
    String rawCategory = field(row, columns, "category").strip().toLowerCase(Locale.ROOT);
    String where = "line " + row.line() + ": ";
    if (text.isBlank()) {
      errors.add(where + "no text");
      return Optional.empty();
    }
    if (!type.isEmpty()
        && !type.equals(LabelledSample.INCIDENT)
        && !type.equals(LabelledSample.SERVICE_REQUEST)) {
      errors.add(where + "type must be incident or service_request, not '" + type + "'");
      return Optional.empty();
    }
    Optional<String> category = tree.closest(rawCategory);
    if (!rawCategory.isEmpty() && category.isEmpty() && unknownCategory == UnknownCategory.REJECT) {
      errors.add(where + "category '" + rawCategory + "' is not in the desk's category tree");
      return Optional.empty();
    }
    if (type.isEmpty() && category.isEmpty()) {
      if (rawCategory.isEmpty()) {
        errors.add(where + "neither type nor category");
      }
      return Optional.empty();
    }
    return Optional.of(
        new LabelledSample(text, type.isEmpty() ? null : type, category.orElse(null)));
  }

  /** {@code Service Request} and {@code service-request} both mean {@code service_request}. */
  private static String wireName(String type) {
    return type.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  private static String field(CsvRows.Row row, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    return index == null || index >= row.fields().size() ? "" : row.fields().get(index);
  }
}

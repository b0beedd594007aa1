package dev.switchboard.localinfra.tools;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of a ticket CSV into contact requests, columns mapped by a small properties file
 * (see {@code import/endava-tickets.properties} for the format).
 */
final class CsvTickets {

  static final List<String> FIELDS =
      List.of(
          "channel",
          "subject",
          "description",
          "type",
          "category",
          "catalogItem",
          "impact",
          "urgency",
          "customer.email",
          "customer.name");
  private static final int SUBJECT_LENGTH = 80;
  private static final Pattern ROW = Pattern.compile("\\{row(?:%(\\d+))?}");

  private final Properties mapping;

  CsvTickets(Properties mapping) {
    this.mapping = mapping;
  }

  /**
   * The mapping for a CSV: the given file, the built-in Endava mapping when the header looks like
   * it, or else columns named like the fields.
   */
  static CsvTickets forFile(Path csv, Path mappingFile) throws IOException {
    Properties mapping = new Properties();
    if (mappingFile != null) {
      try (Reader reader = Files.newBufferedReader(mappingFile)) {
        mapping.load(reader);
      }
      return new CsvTickets(mapping);
    }
    Set<String> header = Set.copyOf(header(csv));
    if (header.containsAll(Set.of("title", "body", "ticket_type"))) {
      try (InputStream in =
          CsvTickets.class.getResourceAsStream("/import/endava-tickets.properties")) {
        mapping.load(in);
      }
    } else {
      FIELDS.stream()
          .filter(header::contains)
          .forEach(field -> mapping.setProperty("column." + field, field));
      mapping.putIfAbsent("value.channel", "api");
    }
    return new CsvTickets(mapping);
  }

  /** One contact per row; rows without subject and description are reported, not sent. */
  List<ImportItem> items(Path csv, ImportSummary summary) throws IOException {
    List<ImportItem> items = new ArrayList<>();
    String fileName = csv.getFileName().toString();
    try (MappingIterator<Map<String, String>> rows = reader(csv)) {
      int row = 1; // the header is line 1
      while (rows.hasNext()) {
        row++;
        ObjectNode contact = contact(rows.next(), row);
        if (!contact.hasNonNull("subject") && !contact.hasNonNull("description")) {
          summary.ignored("empty_row");
          continue;
        }
        items.add(ImportItem.contact(fileName, row, contact.toString()));
      }
    }
    return items;
  }

  ObjectNode contact(Map<String, String> row, int rowNumber) {
    ObjectNode contact = StackClient.JSON.createObjectNode();
    for (String field : FIELDS) {
      String value = value(field, row, rowNumber);
      if (value == null) {
        continue;
      }
      if (field.startsWith("customer.")) {
        contact.withObject("/customer").put(field.substring("customer.".length()), value);
      } else {
        contact.put(field, value);
      }
    }
    return contact;
  }

  private String value(String field, Map<String, String> row, int rowNumber) {
    String constant = mapping.getProperty("value." + field);
    if (constant != null) {
      return withRow(constant, rowNumber);
    }
    String raw = blankToNull(row.get(mapping.getProperty("column." + field, "")));
    if (raw == null) {
      String fallback = blankToNull(row.get(mapping.getProperty("fallback." + field, "")));
      return fallback == null || !"subject".equals(field) ? fallback : shorten(fallback);
    }
    boolean mapped =
        mapping.stringPropertyNames().stream().anyMatch(k -> k.startsWith("map." + field + "."));
    return mapped ? mapping.getProperty("map." + field + "." + raw) : raw;
  }

  private static String withRow(String template, int row) {
    Matcher m = ROW.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int value = m.group(1) == null ? row : row % Integer.parseInt(m.group(1));
      m.appendReplacement(out, Integer.toString(value));
    }
    return m.appendTail(out).toString();
  }

  private static String shorten(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= SUBJECT_LENGTH ? line : line.substring(0, SUBJECT_LENGTH).strip() + "…";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static List<String> header(Path csv) throws IOException {
    try (MappingIterator<Map<String, String>> rows = reader(csv)) {
      rows.hasNext(); // reads the header line
      return ((CsvParser) rows.getParser()).getSchema().getColumnNames();
    }
  }

  private static MappingIterator<Map<String, String>> reader(Path csv) throws IOException {
    return new CsvMapper()
        .readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
  }
}

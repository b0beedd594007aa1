package dev.switchboard.metrics.history;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a ServiceNow incident event log (one row per state change, like the UCI "incident
 * management process enriched event log") into one {@link ImportedIncident} per incident number.
 * The last row of an incident gives its final values; reopen counts are the maximum over its rows;
 * a state "Awaiting User Info" on any row is a wait on the customer. "?" marks a missing value;
 * times are UTC, {@code dd-mm-yyyy HH:MM} or {@code d/m/yyyy H:MM}.
 */
public final class ServiceNowEventLog {

  /** The parsed log: incidents in order of first appearance, and the number of event rows. */
  public record Parsed(List<ImportedIncident> incidents, int events) {}

  private static final String MISSING = "?";
  private static final DateTimeFormatter[] TIME_FORMATS = {
    DateTimeFormatter.ofPattern("d-M-uuuu H:mm", Locale.ROOT),
    DateTimeFormatter.ofPattern("d/M/uuuu H:mm", Locale.ROOT),
    DateTimeFormatter.ofPattern("d-M-uuuu H:mm:ss", Locale.ROOT),
    DateTimeFormatter.ofPattern("d/M/uuuu H:mm:ss", Locale.ROOT)
  };
  private static final List<String> REQUIRED =
      List.of("number", "incident_state", "opened_at", "reopen_count", "reassignment_count");

  private ServiceNowEventLog() {}

  /**
   * @throws IllegalArgumentException when the input is not such a log (missing columns, bad
   *     values), naming the line
   */
  public static Parsed parse(Reader csv) throws IOException {
    CsvReader reader = new CsvReader(csv);
    List<String> header = reader.next();
    if (header == null) {
      throw new IllegalArgumentException("empty file");
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).strip().replace("\uFEFF", ""), i);
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        throw new IllegalArgumentException("missing column " + required);
      }
    }
    Map<String, Accumulator> incidents = new LinkedHashMap<>();
    int events = 0;
    int line = 1;
    for (List<String> fields = reader.next(); fields != null; fields = reader.next()) {
      line++;
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      Row row = new Row(columns, fields, line);
      String number = row.text("number");
      if (number == null) {
        throw new IllegalArgumentException("line " + line + ": number is missing");
      }
      incidents.computeIfAbsent(number, n -> new Accumulator()).add(row);
      events++;
    }
    return new Parsed(incidents.values().stream().map(Accumulator::incident).toList(), events);
  }

  /** The stable ticket id of an imported incident, so a second import updates, never duplicates. */
  static UUID ticketId(String number) {
    return UUID.nameUUIDFromBytes(
        ("servicenow-incident:" + number).getBytes(StandardCharsets.UTF_8));
  }

  private static final class Accumulator {
    private Row last;
    private int maxReopenCount;
    private boolean waitedOnCustomer;

    void add(Row row) {
      last = row;
      maxReopenCount = Math.max(maxReopenCount, row.integer("reopen_count"));
      waitedOnCustomer |= "Awaiting User Info".equalsIgnoreCase(row.text("incident_state"));
    }

    ImportedIncident incident() {
      String number = last.text("number");
      String caller = last.text("caller_id");
      String state = last.text("incident_state");
      Instant openedAt = last.time("opened_at");
      if (openedAt == null) {
        throw new IllegalArgumentException("line " + last.line() + ": opened_at is missing");
      }
      Instant closedAt = last.time("closed_at");
      if (closedAt == null && "Closed".equalsIgnoreCase(state)) {
        closedAt = last.time("sys_updated_at");
      }
      return new ImportedIncident(
          ticketId(number),
          number,
          "incident",
          last.text("category"),
          last.text("cmdb_ci"),
          channel(last.text("contact_type")),
          last.text("assignment_group"),
          caller == null
              ? null
              : UUID.nameUUIDFromBytes(
                  ("servicenow-caller:" + caller).getBytes(StandardCharsets.UTF_8)),
          openedAt,
          last.time("resolved_at"),
          closedAt,
          last.text("closed_code"),
          maxReopenCount,
          last.integer("reassignment_count") > 0,
          waitedOnCustomer,
          last.bool("made_sla"));
    }
  }

  /** ServiceNow contact types onto our channels (unknown ones kept in snake case). */
  static String channel(String contactType) {
    if (contactType == null) {
      return null;
    }
    String normalised = contactType.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return switch (normalised) {
      case "self_service", "web" -> "portal";
      case "walk_in", "walkin" -> "walk_in";
      default -> normalised;
    };
  }

  private record Row(Map<String, Integer> columns, List<String> fields, int line) {

    String text(String column) {
      Integer index = columns.get(column);
      if (index == null || index >= fields.size()) {
        return null;
      }
      String value = fields.get(index).strip();
      return value.isEmpty() || MISSING.equals(value) ? null : value;
    }

    int integer(String column) {
      String value = text(column);
      try {
        return value == null ? 0 : Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("line " + line + ": " + column + " is not a number");
      }
    }

    Boolean bool(String column) {
      String value = text(column);
      return value == null ? null : Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
    }

    Instant time(String column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      for (DateTimeFormatter format : TIME_FORMATS) {
        try {
          return LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
          // try the next format
        }
      }
      throw new IllegalArgumentException("line " + line + ": " + column + " is not a time");
    }
  }
}

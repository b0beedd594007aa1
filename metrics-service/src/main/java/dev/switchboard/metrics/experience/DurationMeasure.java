package dev.switchboard.metrics.experience;

/**
 * A duration the report gives the median and p90 of: the ticket_fact column holding it in minutes
 * and the day column it counts on (docs/metrics.md "Definitions"). Names and columns are constants,
 * safe to put in SQL.
 */
public enum DurationMeasure {
  FIRST_RESPONSE("first_response", "created_day", "first_response_minutes"),
  RESOLUTION("resolution", "resolved_day", "resolution_minutes"),
  FIRST_RESPONSE_BUSINESS(
      "first_response_business", "created_day", "first_response_business_minutes"),
  RESOLUTION_BUSINESS("resolution_business", "resolved_day", "resolution_business_minutes");

  private final String wireName;
  private final String dayColumn;
  private final String minutesColumn;

  DurationMeasure(String wireName, String dayColumn, String minutesColumn) {
    this.wireName = wireName;
    this.dayColumn = dayColumn;
    this.minutesColumn = minutesColumn;
  }

  /** The name stored in the histogram tables. */
  String wireName() {
    return wireName;
  }

  String dayColumn() {
    return dayColumn;
  }

  String minutesColumn() {
    return minutesColumn;
  }

  static DurationMeasure fromWire(String name) {
    for (DurationMeasure measure : values()) {
      if (measure.wireName.equals(name)) {
        return measure;
      }
    }
    throw new IllegalArgumentException("unknown duration measure " + name);
  }
}

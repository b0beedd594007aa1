package dev.switchboard.intake.ticket;

import dev.switchboard.intake.json.WireNames;
import java.util.EnumMap;
import java.util.Map;

/**
 * Impact × urgency → priority. Written as three rows (impact high, medium, low), each three
 * priorities for urgency high, medium, low: {@code p1,p2,p3;p2,p3,p4;p3,p4,p5} (the ITIL default).
 */
public final class PriorityMatrix {

  public static final String ITIL_DEFAULT = "p1,p2,p3;p2,p3,p4;p3,p4,p5";

  private final Map<Level, Map<Level, Priority>> cells = new EnumMap<>(Level.class);

  private PriorityMatrix() {}

  /**
   * @throws IllegalArgumentException when the text is not three rows of three priorities
   */
  public static PriorityMatrix parse(String text) {
    String[] rows = text.trim().split("\\s*;\\s*");
    Level[] levels = Level.values();
    if (rows.length != levels.length) {
      throw new IllegalArgumentException("a priority matrix has 3 rows separated by ';': " + text);
    }
    PriorityMatrix matrix = new PriorityMatrix();
    for (int r = 0; r < rows.length; r++) {
      String[] cols = rows[r].split("\\s*,\\s*");
      if (cols.length != levels.length) {
        throw new IllegalArgumentException("each priority matrix row has 3 priorities: " + rows[r]);
      }
      Map<Level, Priority> row = new EnumMap<>(Level.class);
      for (int c = 0; c < cols.length; c++) {
        row.put(levels[c], WireNames.parse(Priority.class, cols[c]));
      }
      matrix.cells.put(levels[r], row);
    }
    return matrix;
  }

  public Priority priority(Level impact, Level urgency) {
    return cells.get(impact).get(urgency);
  }
}

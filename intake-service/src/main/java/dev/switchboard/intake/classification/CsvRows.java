package dev.switchboard.intake.classification;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated fields, double quotes around fields that hold commas,
 * quotes or line breaks, {@code ""} for a quote inside them, LF or CRLF line ends, an optional
 * byte-order mark. Blank lines are skipped.
 */
public final class CsvRows {

  /** One record with the line it starts on (1-based, counting the header). */
  public record Row(int line, List<String> fields) {}

  /** The input is not well-formed CSV. */
  public static final class MalformedCsvException extends RuntimeException {
    MalformedCsvException(String message) {
      super(message);
    }
  }

  private CsvRows() {}

  public static List<Row> read(Reader reader) {
    try {
      return parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Row> parse(Reader reader) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldWasQuoted = false;
    int line = 1;
    int rowStart = 1;
    int c = reader.read();
    if (c == '\uFEFF') {
      c = reader.read();
    }
    while (c != -1) {
      int next = reader.read();
      if (quoted) {
        if (c == '"' && next == '"') {
          field.append('"');
          next = reader.read();
        } else if (c == '"') {
          quoted = false;
        } else {
          line += c == '\n' ? 1 : 0;
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
        quoted = true;
        fieldWasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldWasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && next == '\n') {
          next = reader.read();
        }
        endRow(rows, fields, field, rowStart);
        fields = new ArrayList<>();
        fieldWasQuoted = false;
        line++;
        rowStart = line;
      } else if (fieldWasQuoted) {
        throw new MalformedCsvException("line " + line + ": text after a closing quote");
      } else {
        field.append((char) c);
      }
      c = next;
    }
    if (quoted) {
      throw new MalformedCsvException("line " + rowStart + ": a quoted field is never closed");
    }
    endRow(rows, fields, field, rowStart);
    return rows;
  }

  private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, int line) {
    fields.add(field.toString());
    field.setLength(0);
    boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
    if (!blank) {
      rows.add(new Row(line, List.copyOf(fields)));
    }
  }
}

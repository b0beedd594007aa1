package dev.switchboard.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    List<CsvRows.Row> rows =
        CsvRows.read(new StringReader("\uFEFFa,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n\nlast,\n"));
    assertThat(rows)
        .extracting(CsvRows.Row::fields)
        .containsExactly(List.of("a", "b"), List.of("x, \"y\"", "two\nlines"), List.of("last", ""));
    assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 2, 5);
  }

  @Test
  void rejectsAnUnclosedQuoteAndTextAfterAClosingQuote() {
    assertThatThrownBy(() -> CsvRows.read(new StringReader("a\n\"open")))
        .isInstanceOf(CsvRows.MalformedCsvException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> CsvRows.read(new StringReader("\"a\"b,c")))
        .isInstanceOf(CsvRows.MalformedCsvException.class);
  }
}

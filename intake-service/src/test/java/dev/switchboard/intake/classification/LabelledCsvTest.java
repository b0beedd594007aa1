package dev.switchboard.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledCsvTest {

  private final CategoryTree tree = new CategoryTree(List.of("hardware/printer", "email"));
  private final LabelledCsv strict = new LabelledCsv(tree, LabelledCsv.UnknownCategory.REJECT);

  private List<LabelledSample> read(LabelledCsv csv, String text) {
    return csv.read(new StringReader(text));
  }

  @Test
  void joinsSubjectAndDescriptionAndAcceptsEitherLabelAlone() {
    assertThat(
            read(
                strict,
                "id,Subject,Description,Type,Category\n"
                    + "1,Printer,jammed again,Incident,Hardware/Printer\n"
                    + "2,New list,,Service Request,\n"
                    + "3,,bounce,,email\n"))
        .containsExactly(
            new LabelledSample("Printer\njammed again", "incident", "hardware/printer"),
            new LabelledSample("New list", "service_request", null),
            new LabelledSample("bounce", null, "email"));
  }

  @Test
  void mapsACategoryBelowTheTreeToItsConfiguredAncestor() {
    assertThat(read(strict, "text,category\ntoner low,hardware/toner\n"))
        .containsExactly(new LabelledSample("toner low", null, "hardware"));
  }

  @Test
  void rejectsTheWholeFileNamingEveryBadLine() {
    assertThatThrownBy(
            () ->
                read(
                    strict,
                    "text,type,category\nok,incident,email\n,incident,email\nx,problem,email\n"
                        + "y,incident,network/vpn\nz,,\n"))
        .isInstanceOfSatisfying(
            LabelledCsv.InvalidLabelsException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        "line 3: no text",
                        "line 4: type must be incident or service_request, not 'problem'",
                        "line 5: category 'network/vpn' is not in the desk's category tree",
                        "line 6: neither type nor category"));
  }

  @Test
  void rejectsAHeaderWithoutTextOrLabelColumnsAndAnEmptyFile() {
    assertThatThrownBy(() -> read(strict, "title,body\na,b\n"))
        .isInstanceOf(LabelledCsv.InvalidLabelsException.class)
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> read(strict, "")).hasMessageContaining("empty");
    assertThatThrownBy(() -> read(strict, "text,type\n")).hasMessageContaining("no rows");
  }

  @Test
  void seedReadingKeepsTheTypeOfRowsOutsideTheDesksTree() {
    LabelledCsv lenient = new LabelledCsv(tree, LabelledCsv.UnknownCategory.DROP_LABEL);
    assertThat(read(lenient, "text,type,category\nvpn down,incident,network/vpn\nx,,network/vpn\n"))
        .containsExactly(new LabelledSample("vpn down", "incident", null));
  }
}

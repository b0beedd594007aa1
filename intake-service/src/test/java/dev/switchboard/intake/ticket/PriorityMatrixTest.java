package dev.switchboard.intake.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class PriorityMatrixTest {

  private final PriorityMatrix itil = PriorityMatrix.parse(PriorityMatrix.ITIL_DEFAULT);

  @Test
  void defaultMatrixIsTheOneOfTheApiContract() {
    assertThat(itil.priority(Level.HIGH, Level.HIGH)).isEqualTo(Priority.P1);
    assertThat(itil.priority(Level.HIGH, Level.MEDIUM)).isEqualTo(Priority.P2);
    assertThat(itil.priority(Level.HIGH, Level.LOW)).isEqualTo(Priority.P3);
    assertThat(itil.priority(Level.MEDIUM, Level.HIGH)).isEqualTo(Priority.P2);
    assertThat(itil.priority(Level.MEDIUM, Level.MEDIUM)).isEqualTo(Priority.P3);
    assertThat(itil.priority(Level.MEDIUM, Level.LOW)).isEqualTo(Priority.P4);
    assertThat(itil.priority(Level.LOW, Level.HIGH)).isEqualTo(Priority.P3);
    assertThat(itil.priority(Level.LOW, Level.MEDIUM)).isEqualTo(Priority.P4);
    assertThat(itil.priority(Level.LOW, Level.LOW)).isEqualTo(Priority.P5);
  }

  /** The ServiceNow default published in the corpus is the ITIL matrix our default follows. */
  @Test
  void defaultMatrixMatchesTheServiceNowDefaultFromTheCorpus() throws Exception {
    JsonNode matrices =
        new ObjectMapper()
            .readTree(
                Path.of(System.getProperty("switchboard.corpus"), "priority/priority_matrices.json")
                    .toFile())
            .get("matrices");
    JsonNode serviceNow =
        StreamSupport.stream(matrices.spliterator(), false)
            .filter(m -> m.get("id").asText().equals("servicenow-default-problem"))
            .findFirst()
            .orElseThrow();
    assertThat(serviceNow.get("rows_axis").asText()).isEqualTo("impact");
    assertThat(serviceNow.get("cols_axis").asText()).isEqualTo("urgency");
    Level[] levels = {Level.HIGH, Level.MEDIUM, Level.LOW};
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        String cell = serviceNow.get("matrix").get(row).get(col).asText();
        int level = Integer.parseInt(cell.substring(0, 1));
        assertThat(itil.priority(levels[row], levels[col]).ordinal() + 1)
            .as("impact %s, urgency %s (%s)", levels[row], levels[col], cell)
            .isEqualTo(level);
      }
    }
  }

  @Test
  void aDeskCanConfigureItsOwnMatrix() {
    PriorityMatrix noPlanning = PriorityMatrix.parse("p1, p2, p3; p2, p3, p4; p3, p4, p4");
    assertThat(noPlanning.priority(Level.LOW, Level.LOW)).isEqualTo(Priority.P4);
  }

  @Test
  void malformedMatrixIsRejected() {
    assertThatThrownBy(() -> PriorityMatrix.parse("p1,p2;p2,p3"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PriorityMatrix.parse("p1,p2,p9;p2,p3,p4;p3,p4,p5"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * values.schema.json turns a mistake in a values file into a refusal instead of a silent default.
 */
class ValuesSchemaTest {

  @TempDir Path dir;

  @Test
  void misspeltKeyIsRejected() throws IOException {
    Path values = write("serviceDefaults:\n  replicaCout: 3\n");

    assertThatThrownBy(() -> Chart.template(values))
        .hasMessageContaining("values don't meet the specifications of the schema")
        .hasMessageContaining("replicaCout");
  }

  @Test
  void misspeltKeyUnderAServiceIsRejected() throws IOException {
    Path values = write("intake:\n  databse:\n    name: tickets\n");

    assertThatThrownBy(() -> Chart.template(values)).hasMessageContaining("databse");
  }

  @Test
  void wronglyTypedValueIsRejected() throws IOException {
    Path values = write("networkPolicy:\n  enabled: \"yes\"\n");

    assertThatThrownBy(() -> Chart.template(values))
        .hasMessageContaining("networkPolicy")
        .hasMessageContaining("boolean");
  }

  @Test
  void valueOutsideItsAllowedSetIsRejected() throws IOException {
    Path values = write("migrations:\n  mode: sometimes\n");

    assertThatThrownBy(() -> Chart.template(values)).hasMessageContaining("mode");
  }

  @Test
  void correctlySpeltAndTypedOverridesAreAccepted() throws IOException {
    Path values = write("serviceDefaults:\n  replicaCount: 3\nnetworkPolicy:\n  enabled: true\n");

    assertThat(Chart.template(values)).contains("replicas: 3", "kind: NetworkPolicy");
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "values", ".yaml"), yaml);
  }
}

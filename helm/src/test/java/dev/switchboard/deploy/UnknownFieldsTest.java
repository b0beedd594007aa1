package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unknown-field check finds what the lenient fabric8 deserialiser lets through. */
class UnknownFieldsTest {

  @Test
  void misspeltAndMisplacedFieldsAreReportedWithTheirPath() throws IOException {
    HasMetadata deployment = fixture("misspelt-deployment.yaml");

    assertThat(UnknownFields.of(deployment))
        .anySatisfy(
            f -> assertThat(f).contains("Deployment/misspelt.spec.template").contains("replicas"))
        .anySatisfy(f -> assertThat(f).contains(".containers[0]").contains("readinesProbe"));
  }

  @Test
  void kafkaTopicFieldsOutsideStrimzisSpecAreReported() throws IOException {
    assertThat(UnknownFields.of(fixture("odd-kafka-topic.yaml")))
        .singleElement()
        .satisfies(f -> assertThat(f).contains("retentionMs"));
  }

  @Test
  void theChartsOwnDeploymentsHaveNone() {
    List<String> unknown =
        Chart.render(Chart.defaults()).deployments().stream()
            .flatMap(d -> UnknownFields.of(d).stream())
            .toList();

    assertThat(unknown).isEmpty();
  }

  private static HasMetadata fixture(String name) throws IOException {
    try (InputStream in = UnknownFieldsTest.class.getResourceAsStream("/fixtures/" + name)) {
      return Rendered.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).objects().get(0);
    }
  }
}

package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checksum/config annotation rolls exactly the pods whose settings changed. */
class ConfigChecksumTest {

  @TempDir Path dir;

  @Test
  void changingOneServicesSettingRollsThatServiceOnly() throws IOException {
    Map<String, String> before = checksums(Chart.render(Chart.defaults()));
    Path values = Files.writeString(dir.resolve("debug.yaml"), "metrics:\n  logLevel: DEBUG\n");
    Map<String, String> after = checksums(Rendered.parse(Chart.template(values)));

    assertThat(after.get("switchboard-metrics")).isNotEqualTo(before.get("switchboard-metrics"));
    after.remove("switchboard-metrics");
    before.remove("switchboard-metrics");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void changingASharedSettingRollsEveryService() throws IOException {
    Map<String, String> before = checksums(Chart.render(Chart.defaults()));
    Path values =
        Files.writeString(dir.resolve("kafka.yaml"), "kafka:\n  bootstrapServers: other:9092\n");
    Map<String, String> after = checksums(Rendered.parse(Chart.template(values)));

    before.forEach((name, checksum) -> assertThat(after.get(name)).as(name).isNotEqualTo(checksum));
  }

  private static Map<String, String> checksums(Rendered rendered) {
    Map<String, String> checksums = new TreeMap<>();
    for (Deployment d : rendered.deployments()) {
      checksums.put(
          d.getMetadata().getName(),
          d.getSpec().getTemplate().getMetadata().getAnnotations().get("checksum/config"));
    }
    return checksums;
  }
}

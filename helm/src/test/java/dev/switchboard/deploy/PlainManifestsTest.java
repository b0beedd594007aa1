package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plain manifests in k8s/ are the chart's own rendering, not a hand-kept copy. */
class PlainManifestsTest {

  @BeforeAll
  static void regenerateWhenAsked() {
    PlainManifests.writeIfAsked();
  }

  @Test
  void kustomizeBaseIsTheChartRenderedWithTheBaseValues() throws IOException {
    assertThat(Files.readString(PlainManifests.BASE))
        .as(PlainManifests.howToRegenerate())
        .isEqualTo(PlainManifests.base());
  }

  @Test
  void productionObjectsAreTheChartRenderedWithTheProductionValues() throws IOException {
    assertThat(Files.readString(PlainManifests.PROD_EXTRAS))
        .as(PlainManifests.howToRegenerate())
        .isEqualTo(PlainManifests.prodExtras());
  }

  @Test
  void plainManifestsHoldNoHelmHookAndClaimNoHelmOwnership() {
    Rendered base = Rendered.parse(PlainManifests.base());

    assertThat(base.objects())
        .allSatisfy(o -> assertThat(annotations(o)).doesNotContainKey("helm.sh/hook"))
        .allSatisfy(
            o ->
                assertThat(o.getMetadata().getLabels())
                    .containsEntry("app.kubernetes.io/managed-by", "kustomize"));
  }

  private static java.util.Map<String, String> annotations(HasMetadata o) {
    return o.getMetadata().getAnnotations() == null
        ? java.util.Map.of()
        : o.getMetadata().getAnnotations();
  }
}

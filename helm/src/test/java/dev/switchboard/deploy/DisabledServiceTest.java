package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service can be switched off without leaving anything that refers to it. */
class DisabledServiceTest {

  private final Rendered rendered = Chart.render(Chart.ci("knowledge-disabled-values.yaml"));

  @TempDir Path dir;

  @Test
  void disabledServiceRendersNoObjectOfItsOwn() {
    assertThat(rendered.ofService("knowledge")).isEmpty();
    assertThat(rendered.yaml()).doesNotContain("switchboard-knowledge", "knowledge-service");
  }

  @Test
  void theOtherServicesStillRenderInFull() {
    assertThat(rendered.deployments())
        .extracting(d -> d.getMetadata().getName())
        .containsExactlyInAnyOrder(
            "switchboard-intake", "switchboard-routing", "switchboard-metrics");
    for (String kind : new String[] {"Service", "ConfigMap", "NetworkPolicy", "ServiceMonitor"}) {
      assertThat(rendered.objects()).filteredOn(o -> o.getKind().equals(kind)).as(kind).hasSize(3);
    }
  }

  @Test
  void ingressAndHelmTestLeaveTheDisabledServiceOut() {
    assertThat(rendered.get(Ingress.class, "switchboard").getSpec().getRules())
        .extracting(IngressRule::getHost)
        .doesNotContain("knowledge.switchboard.example.com")
        .hasSize(3);
    assertThat(
            rendered
                .get(Pod.class, "switchboard-test-ready")
                .getSpec()
                .getContainers()
                .get(0)
                .getCommand())
        .hasSize(4 + 3);
  }

  @Test
  void routingWithoutIntakeInTheReleaseIsRefusedUntilAnIntakeUrlIsGiven() throws IOException {
    Path noIntake = Files.writeString(dir.resolve("no-intake.yaml"), "intake:\n  enabled: false\n");
    Path external =
        Files.writeString(
            dir.resolve("external-intake.yaml"),
            "routing:\n  intakeUrl: https://intake.example.org\n");

    assertThatThrownBy(() -> Chart.template(noIntake))
        .hasMessageContaining("routing.intakeUrl is required");
    Rendered withUrl = Rendered.parse(Chart.template(noIntake, external));
    assertThat(withUrl.get(ConfigMap.class, "switchboard-routing").getData())
        .containsEntry("QUARKUS_REST_CLIENT_INTAKE_URL", "https://intake.example.org");
    assertThat(withUrl.named(Deployment.class, "switchboard-intake")).isEmpty();
  }
}

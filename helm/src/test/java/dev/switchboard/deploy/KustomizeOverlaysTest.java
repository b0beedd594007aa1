package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `kubectl kustomize` of both overlays gives objects as sound as the chart's (skipped without
 * kubectl).
 */
class KustomizeOverlaysTest {

  private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

  @BeforeAll
  static void kubectlIsOnThePath() {
    boolean found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(dir -> Path.of(dir, "kubectl"))
            .anyMatch(Files::isExecutable);
    assumeTrue(found, "kubectl is not on the PATH");
  }

  /** The same checks as every chart scenario (see {@link Checks#everyRendering()}). */
  @TestFactory
  Stream<DynamicTest> everyOverlayPassesEveryCheck() {
    return Stream.of("dev", "prod")
        .flatMap(
            overlay ->
                Checks.everyRendering().entrySet().stream()
                    .map(
                        check ->
                            DynamicTest.dynamicTest(
                                check.getKey() + " (overlay " + overlay + ")",
                                () -> check.getValue().accept(kustomize(overlay)))));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "prod"})
  void overlayPutsEveryObjectInItsNamespaceAndLabelsItsEnvironment(String overlay) {
    String namespace = overlay.equals("dev") ? "switchboard-dev" : "switchboard";

    for (HasMetadata o : kustomize(overlay).objects()) {
      assertThat(o.getMetadata().getNamespace())
          .as(o.getKind() + " namespace")
          .isEqualTo(namespace);
      assertThat(o.getMetadata().getLabels()).containsEntry("environment", overlay);
    }
  }

  @Test
  void devPointsEveryServiceAtItsInNamespaceDependenciesWithoutPoliciesOrBudgets() {
    Rendered dev = kustomize("dev");

    for (String service : Chart.SERVICES.keySet()) {
      assertThat(dev.get(ConfigMap.class, "switchboard-" + service).getData())
          .containsEntry(
              "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/" + service)
          .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
          .containsEntry("QUARKUS_HTTP_PORT", "8080");
    }
    assertThat(dev.objects())
        .extracting(HasMetadata::getKind)
        .doesNotContain("NetworkPolicy", "PodDisruptionBudget", "HorizontalPodAutoscaler");
  }

  @Test
  void prodScalesEveryServiceWithAnAutoscalerAndLeavesReplicasToIt() {
    Rendered prod = kustomize("prod");

    for (Deployment d : prod.deployments()) {
      assertThat(d.getSpec().getReplicas()).as(d.getMetadata().getName() + " replicas").isNull();
      assertThat(
              prod.get(HorizontalPodAutoscaler.class, d.getMetadata().getName())
                  .getSpec()
                  .getScaleTargetRef()
                  .getName())
          .isEqualTo(d.getMetadata().getName());
    }
    assertThat(prod.objects())
        .extracting(HasMetadata::getKind)
        .contains("NetworkPolicy", "PodDisruptionBudget", "Ingress", "ServiceMonitor");
  }

  private static Rendered kustomize(String overlay) {
    return RENDERED.computeIfAbsent(overlay, KustomizeOverlaysTest::run);
  }

  private static Rendered run(String overlay) {
    Path dir = Chart.K8S.resolve("overlays").resolve(overlay);
    try {
      Process process =
          new ProcessBuilder("kubectl", "kustomize", dir.toString())
              .redirectErrorStream(false)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
      assertThat(process.exitValue()).as("kubectl kustomize %s: %s", overlay, err).isZero();
      return Rendered.parse(out);
    } catch (IOException e) {
      throw new AssertionError("kubectl kustomize " + Arrays.asList(dir), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

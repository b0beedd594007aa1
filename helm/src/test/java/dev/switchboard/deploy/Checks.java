package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What every rendering must satisfy, whether it came from Helm or from kustomize. Each check
 * reports every broken object at once.
 */
final class Checks {

  /**
   * Names of settings that hold credentials; they must come from a Secret, never from a literal.
   */
  static final Pattern CREDENTIAL =
      Pattern.compile(".*(PASSWORD|SECRET|JAAS|TOKEN|CREDENTIAL|USERNAME|API_KEY|PRIVATE_KEY).*");

  private static final List<String> SELECTOR_KEYS =
      List.of(
          "app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/component");
  private static final List<String> STANDARD_LABELS =
      List.of("app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/part-of");

  private Checks() {}

  /** Every check, named by the behaviour it proves, in the order they run. */
  static Map<String, Consumer<Rendered>> everyRendering() {
    Map<String, Consumer<Rendered>> checks = new LinkedHashMap<>();
    checks.put(
        "everyObjectDeserialisesIntoTheKubernetesModelWithNoUnknownField",
        Checks::everyObjectIsKnownToTheKubernetesModel);
    checks.put(
        "everyDeploymentProbesStartupLivenessAndReadinessOnQuarkusHealth",
        Checks::deploymentsProbeQuarkusHealth);
    checks.put(
        "everyContainerRequestsCpuAndMemoryAndLimitsMemory",
        Checks::containersHaveRequestsAndMemoryLimits);
    checks.put(
        "everyPodRunsAsNonRootOnAReadOnlyRootWithoutPrivilegeEscalation",
        Checks::podsRunNonRootReadOnlyWithoutPrivilegeEscalation);
    checks.put(
        "selectorLabelsNeverCarryTheChartOrAppVersion",
        rendered -> selectorsAreStableAcrossVersions(rendered, Chart.version()));
    checks.put(
        "noSecretIsRenderedAndCredentialsAreReadOnlyFromExistingSecrets",
        Checks::credentialsComeOnlyFromExistingSecrets);
    checks.put(
        "everyObjectCarriesTheAppKubernetesIoLabels", Checks::everyObjectCarriesTheStandardLabels);
    checks.put("everyPodTemplateCarriesAConfigChecksum", Checks::podTemplatesCarryAConfigChecksum);
    return checks;
  }

  static void everyObjectIsKnownToTheKubernetesModel(Rendered rendered) {
    List<String> unknown = new ArrayList<>();
    rendered.objects().forEach(o -> unknown.addAll(UnknownFields.of(o)));
    assertThat(unknown).as("fields the Kubernetes model does not know").isEmpty();
  }

  static void deploymentsProbeQuarkusHealth(Rendered rendered) {
    Violations v = new Violations();
    for (Deployment d : nonEmpty(rendered.deployments())) {
      for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
        String where = name(d) + "/" + c.getName();
        v.unless("/q/health/started".equals(httpPath(c.getStartupProbe())), where, "startup probe");
        v.unless("/q/health/live".equals(httpPath(c.getLivenessProbe())), where, "liveness probe");
        v.unless(
            "/q/health/ready".equals(httpPath(c.getReadinessProbe())), where, "readiness probe");
      }
    }
    v.assertNone();
  }

  static void containersHaveRequestsAndMemoryLimits(Rendered rendered) {
    Violations v = new Violations();
    for (PodSpec spec : nonEmpty(rendered.podSpecs())) {
      for (Container c : spec.getContainers()) {
        ResourceRequirements r = c.getResources();
        v.unless(
            r != null && r.getRequests().keySet().containsAll(List.of("cpu", "memory")),
            c.getName(),
            "cpu and memory requests");
        v.unless(r != null && r.getLimits().containsKey("memory"), c.getName(), "memory limit");
      }
    }
    v.assertNone();
  }

  static void podsRunNonRootReadOnlyWithoutPrivilegeEscalation(Rendered rendered) {
    Violations v = new Violations();
    for (PodSpec spec : nonEmpty(rendered.podSpecs())) {
      PodSecurityContext pod = spec.getSecurityContext();
      for (Container c : spec.getContainers()) {
        SecurityContext sc = c.getSecurityContext();
        String where = c.getName();
        if (sc == null) {
          v.add(where, "securityContext");
          continue;
        }
        Boolean nonRoot =
            sc.getRunAsNonRoot() != null
                ? sc.getRunAsNonRoot()
                : pod == null ? null : pod.getRunAsNonRoot();
        Long user =
            sc.getRunAsUser() != null ? sc.getRunAsUser() : pod == null ? null : pod.getRunAsUser();
        v.unless(Boolean.TRUE.equals(nonRoot), where, "runAsNonRoot: true");
        v.unless(user != null && user != 0L, where, "a non-zero runAsUser");
        v.unless(
            Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation()),
            where,
            "allowPrivilegeEscalation: false");
        v.unless(
            Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem()),
            where,
            "readOnlyRootFilesystem: true");
        v.unless(
            sc.getCapabilities() != null && sc.getCapabilities().getDrop().contains("ALL"),
            where,
            "capabilities dropped: ALL");
      }
    }
    v.assertNone();
  }

  /** Selectors are immutable: a version in them would break every upgrade. */
  static void selectorsAreStableAcrossVersions(Rendered rendered, String chartVersion) {
    Violations v = new Violations();
    for (Deployment d : nonEmpty(rendered.deployments())) {
      Map<String, String> selector = d.getSpec().getSelector().getMatchLabels();
      v.unless(versionFree(selector, chartVersion), name(d), "a selector without versions");
      v.unless(
          selector.keySet().containsAll(SELECTOR_KEYS),
          name(d),
          "selector labels " + SELECTOR_KEYS);
      v.unless(
          d.getSpec()
              .getTemplate()
              .getMetadata()
              .getLabels()
              .entrySet()
              .containsAll(selector.entrySet()),
          name(d),
          "pod labels matching its selector");
    }
    for (Service s : rendered.ofType(Service.class)) {
      v.unless(
          versionFree(s.getSpec().getSelector(), chartVersion),
          name(s),
          "a selector without versions");
    }
    v.assertNone();
  }

  /**
   * No Secret is rendered at all, and every credential-like setting is read from an existing one.
   */
  static void credentialsComeOnlyFromExistingSecrets(Rendered rendered) {
    Violations v = new Violations();
    for (HasMetadata o : rendered.objects()) {
      v.unless(!o.getKind().equals("Secret"), name(o), "no Secret rendered by the chart");
    }
    for (PodSpec spec : rendered.podSpecs()) {
      for (Container c : spec.getContainers()) {
        for (EnvVar env : c.getEnv()) {
          if (CREDENTIAL.matcher(env.getName()).matches()) {
            v.unless(
                env.getValue() == null
                    && env.getValueFrom() != null
                    && env.getValueFrom().getSecretKeyRef() != null,
                c.getName() + " " + env.getName(),
                "a value from a Secret, not a literal");
          }
        }
      }
    }
    for (ConfigMap cm : rendered.ofType(ConfigMap.class)) {
      for (String key : cm.getData().keySet()) {
        v.unless(
            !CREDENTIAL.matcher(key).matches(),
            name(cm) + " " + key,
            "no credential in a ConfigMap");
      }
    }
    v.assertNone();
  }

  static void podTemplatesCarryAConfigChecksum(Rendered rendered) {
    Violations v = new Violations();
    for (Deployment d : nonEmpty(rendered.deployments())) {
      Map<String, String> annotations = d.getSpec().getTemplate().getMetadata().getAnnotations();
      v.unless(
          annotations != null
              && annotations.getOrDefault("checksum/config", "").matches("[0-9a-f]{64}"),
          name(d),
          "a checksum/config pod annotation");
    }
    v.assertNone();
  }

  static void everyObjectCarriesTheStandardLabels(Rendered rendered) {
    Violations v = new Violations();
    for (HasMetadata o : rendered.objects()) {
      Map<String, String> labels = o.getMetadata().getLabels();
      v.unless(
          labels != null && labels.keySet().containsAll(STANDARD_LABELS),
          o.getKind() + "/" + name(o),
          "labels " + STANDARD_LABELS);
    }
    v.assertNone();
  }

  /** Collects every broken rule before failing, so one run shows every broken object. */
  private static final class Violations {
    private final List<String> found = new ArrayList<>();

    void unless(boolean holds, String where, String expected) {
      if (!holds) {
        add(where, expected);
      }
    }

    void add(String where, String expected) {
      found.add(where + ": expected " + expected);
    }

    void assertNone() {
      assertThat(found).as("violations").isEmpty();
    }
  }

  private static boolean versionFree(Map<String, String> selector, String chartVersion) {
    return selector != null
        && !selector.containsKey("helm.sh/chart")
        && !selector.containsKey("app.kubernetes.io/version")
        && selector.values().stream().noneMatch(value -> value.contains(chartVersion));
  }

  static String name(HasMetadata o) {
    return o.getMetadata().getName();
  }

  private static String httpPath(Probe probe) {
    return probe == null || probe.getHttpGet() == null ? null : probe.getHttpGet().getPath();
  }

  private static <T> List<T> nonEmpty(List<T> items) {
    assertThat(items).as("objects to check").isNotEmpty();
    return items;
  }
}

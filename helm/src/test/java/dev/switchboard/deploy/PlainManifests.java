package dev.switchboard.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The generated files of k8s/: the kustomize base and the production-only objects, rendered from
 * the chart with the values files beside them, so the plain manifests never drift from the chart.
 */
final class PlainManifests {

  static final Path BASE_VALUES = Chart.K8S.resolve("base/values.yaml");
  static final Path BASE = Chart.K8S.resolve("base/switchboard.yaml");
  static final Path PROD_VALUES = Chart.K8S.resolve("overlays/prod/values.yaml");
  static final Path PROD_EXTRAS = Chart.K8S.resolve("overlays/prod/generated.yaml");

  /** Kinds the prod overlay takes from its own rendering; everything else comes from the base. */
  static final Set<String> PROD_ONLY_KINDS =
      Set.of("HorizontalPodAutoscaler", "Ingress", "ServiceMonitor");

  private static final Pattern RELEASE_NAMESPACE =
      Pattern.compile("(?m)^  namespace: " + Chart.NAMESPACE + "\\n");
  private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");
  private static final String REGENERATE = "./mvnw -pl helm verify -Dswitchboard.k8s.write=true";

  private PlainManifests() {}

  static String base() {
    return header(BASE_VALUES) + plain(Chart.template(BASE_VALUES));
  }

  static String prodExtras() {
    String all = Chart.template(BASE_VALUES, PROD_VALUES);
    String kept =
        DOCUMENT_SEPARATOR
            .splitAsStream(all)
            .filter(
                doc ->
                    PROD_ONLY_KINDS.stream()
                        .anyMatch(kind -> doc.contains("\nkind: " + kind + "\n")))
            .map(String::strip)
            .collect(Collectors.joining("\n---\n", "---\n", "\n"));
    return header(BASE_VALUES, PROD_VALUES) + plain(kept);
  }

  /** Writes both files when asked to with -Dswitchboard.k8s.write=true; says whether it did. */
  static boolean writeIfAsked() {
    if (!Boolean.getBoolean("switchboard.k8s.write")) {
      return false;
    }
    try {
      Files.writeString(BASE, base());
      Files.writeString(PROD_EXTRAS, prodExtras());
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String howToRegenerate() {
    return "k8s/ is out of date with the chart; regenerate it with: " + REGENERATE;
  }

  /**
   * Without Helm nothing manages the objects but kubectl/kustomize, and the namespace is the
   * overlay's (or the current one), not the release's.
   */
  private static String plain(String rendered) {
    return RELEASE_NAMESPACE
        .matcher(rendered)
        .replaceAll("")
        .replace("app.kubernetes.io/managed-by: Helm", "app.kubernetes.io/managed-by: kustomize");
  }

  private static String header(Path... values) {
    StringBuilder header =
        new StringBuilder("# Generated from the Helm chart helm/switchboard with ");
    for (int i = 0; i < values.length; i++) {
      header.append(i == 0 ? "" : " and ").append("k8s/").append(Chart.K8S.relativize(values[i]));
    }
    return header
        .append(".\n# Do not edit: change the values file and regenerate with\n#   ")
        .append(REGENERATE)
        .append("\n")
        .toString();
  }
}

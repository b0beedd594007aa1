package dev.switchboard.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The chart under test and its scenarios. Each scenario is rendered once per JVM and shared by
 * every test class, which keeps the suite fast (Helm's native library takes seconds to load, once;
 * a render then takes a fraction of a second).
 */
final class Chart {

  static final String RELEASE = "switchboard";
  static final String NAMESPACE = "switchboard";

  /**
   * The Kubernetes version rendered for (Helm's own default, 1.20, is older than the chart allows).
   */
  static final String KUBE_VERSION = "1.31.0";

  /** Values keys of the services and their application names. */
  static final Map<String, String> SERVICES =
      Map.of(
          "intake", "intake-service",
          "routing", "routing-service",
          "knowledge", "knowledge-service",
          "metrics", "metrics-service");

  static final Path DIR = Path.of(System.getProperty("switchboard.chart", "switchboard"));
  static final Path K8S = Path.of(System.getProperty("switchboard.k8s", "../k8s"));

  private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

  private Chart() {}

  /** The chart's version, from Chart.yaml. */
  static String version() {
    try {
      return Files.readAllLines(DIR.resolve("Chart.yaml")).stream()
          .filter(line -> line.startsWith("version:"))
          .map(line -> line.substring("version:".length()).trim().replace("\"", ""))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A way to render the chart: the default values, or one values file on top of them. */
  record Scenario(String name, Path valuesFile) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Scenario defaults() {
    return new Scenario("default values", null);
  }

  static Scenario ci(String fileName) {
    Path file = DIR.resolve("ci").resolve(fileName);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no scenario " + file);
    }
    return new Scenario(fileName, file);
  }

  /** The default values and every {@code ci/*-values.yaml} file. */
  static Stream<Scenario> scenarios() {
    try (Stream<Path> files = Files.list(DIR.resolve("ci"))) {
      List<Scenario> ci =
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith("-values.yaml"))
              .sorted()
              .map(Chart::ci)
              .toList();
      return Stream.concat(Stream.of(defaults()), ci.stream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders a scenario (once) and parses its objects. */
  static Rendered render(Scenario scenario) {
    return RENDERED.computeIfAbsent(
        scenario.name(), name -> Rendered.parse(template(scenario.valuesFile())));
  }

  /**
   * {@code helm template} with the given values files, in order, hooks included (as the Helm CLI
   * prints them); throws when Helm refuses the values.
   */
  static String template(Path... valuesFiles) {
    TemplateCommand command =
        new Helm(HookVisibleCopy.DIR)
            .template()
            .withName(RELEASE)
            .withNamespace(NAMESPACE)
            .withKubeVersion(KUBE_VERSION);
    for (Path file : valuesFiles) {
      if (file != null) {
        command = command.withValuesFile(file);
      }
    }
    return command.call().replace(HookVisibleCopy.STAND_IN, HOOK_ANNOTATION);
  }

  /** What {@code helm install} prints after installing (NOTES.txt), from a client-only dry run. */
  static String installNotes(Path valuesFile) {
    InstallCommand install =
        new Helm(DIR)
            .install()
            .withName(RELEASE)
            .withNamespace(NAMESPACE)
            .withKubeVersion(KUBE_VERSION)
            .dryRun()
            .clientOnly();
    if (valuesFile != null) {
      install = install.withValuesFile(valuesFile);
    }
    String output = install.call().getOutput();
    return output.substring(output.indexOf("NOTES:"));
  }

  private static final String HOOK_ANNOTATION = "helm.sh/hook";

  /**
   * helm-java's template prints only the release manifest, without hooks (the migration Jobs and
   * the test pod). So the tests render a copy of the chart whose hook annotations carry another
   * name, which makes Helm treat hooks as plain objects, and name them back in the output.
   */
  private static final class HookVisibleCopy {
    static final String STAND_IN = "switchboard.test/hook";
    static final Path DIR = copy();

    private static Path copy() {
      Path target =
          Chart.DIR.toAbsolutePath().getParent().resolve("target/chart-with-visible-hooks");
      try (Stream<Path> files = Files.walk(Chart.DIR)) {
        deleteRecursively(target);
        for (Path source : files.toList()) {
          Path copy = target.resolve(Chart.DIR.relativize(source).toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(copy);
          } else {
            Files.writeString(copy, Files.readString(source).replace(HOOK_ANNOTATION, STAND_IN));
          }
        }
        return target;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void deleteRecursively(Path dir) throws IOException {
      if (Files.exists(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }
}

package dev.switchboard.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Objects of one rendering (Helm or kustomize), deserialised into the fabric8 Kubernetes model. */
record Rendered(String yaml, List<HasMetadata> objects) {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

  static Rendered parse(String yaml) {
    List<HasMetadata> objects = new ArrayList<>();
    for (String document : DOCUMENT_SEPARATOR.split(yaml)) {
      if (document.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) {
        continue;
      }
      KubernetesResource resource = SERIALIZATION.unmarshal(document);
      if (!(resource instanceof HasMetadata object)) {
        throw new IllegalStateException("not a Kubernetes object:\n" + document);
      }
      objects.add(object);
    }
    return new Rendered(yaml, List.copyOf(objects));
  }

  <T extends HasMetadata> List<T> ofType(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  List<GenericKubernetesResource> ofKind(String kind) {
    return ofType(GenericKubernetesResource.class).stream()
        .filter(o -> kind.equals(o.getKind()))
        .toList();
  }

  List<Deployment> deployments() {
    return ofType(Deployment.class);
  }

  <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
    return ofType(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
  }

  <T extends HasMetadata> T get(Class<T> type, String name) {
    return named(type, name)
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
  }

  /** Pod specs of every workload: Deployments, Jobs and bare Pods (the helm test pod). */
  List<PodSpec> podSpecs() {
    List<PodSpec> specs = new ArrayList<>();
    ofType(Deployment.class).forEach(d -> specs.add(d.getSpec().getTemplate().getSpec()));
    ofType(Job.class).forEach(j -> specs.add(j.getSpec().getTemplate().getSpec()));
    ofType(Pod.class).forEach(p -> specs.add(p.getSpec()));
    return specs;
  }

  /** Objects whose label app.kubernetes.io/component is the given service's values key. */
  List<HasMetadata> ofService(String service) {
    return objects.stream()
        .filter(o -> o.getMetadata().getLabels() != null)
        .filter(o -> service.equals(o.getMetadata().getLabels().get("app.kubernetes.io/component")))
        .toList();
  }
}

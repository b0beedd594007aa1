package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** ci/production-values.yaml: what an ops team switches on for production. */
class ProductionScenarioTest {

  private final Rendered rendered = Chart.render(Chart.ci("production-values.yaml"));

  @Test
  void everyServiceScalesWithAnAutoscalerThatOwnsItsReplicaCount() {
    for (String service : Chart.SERVICES.keySet()) {
      String name = "switchboard-" + service;
      HorizontalPodAutoscaler hpa = rendered.get(HorizontalPodAutoscaler.class, name);

      assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
      assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
      assertThat(rendered.get(Deployment.class, name).getSpec().getReplicas())
          .as("replicas left to the autoscaler")
          .isNull();
    }
    assertThat(
            rendered
                .get(HorizontalPodAutoscaler.class, "switchboard-intake")
                .getSpec()
                .getMaxReplicas())
        .as("intake's own maximum over the default")
        .isEqualTo(12);
  }

  @Test
  void everyServiceKeepsPodsUpDuringDrainsWithADisruptionBudgetOnItsOwnPods() {
    for (String service : Chart.SERVICES.keySet()) {
      String name = "switchboard-" + service;
      PodDisruptionBudget pdb = rendered.get(PodDisruptionBudget.class, name);

      assertThat(pdb.getSpec().getSelector().getMatchLabels())
          .isEqualTo(rendered.get(Deployment.class, name).getSpec().getSelector().getMatchLabels());
    }
    assertThat(
            rendered
                .get(PodDisruptionBudget.class, "switchboard-intake")
                .getSpec()
                .getMinAvailable())
        .isEqualTo(new IntOrString(1));
    assertThat(rendered.get(PodDisruptionBudget.class, "switchboard-metrics").getSpec())
        .satisfies(s -> assertThat(s.getMinAvailable()).isNull())
        .satisfies(s -> assertThat(s.getMaxUnavailable()).isEqualTo(new IntOrString(1)));
  }

  @Test
  void aServiceOverrideMergesIntoTheDefaultsInsteadOfReplacingThem() {
    Container intake = container("switchboard-intake");
    Container routing = container("switchboard-routing");

    assertThat(intake.getResources().getLimits().get("memory").toString()).isEqualTo("1Gi");
    assertThat(intake.getResources().getLimits().get("cpu").toString()).isEqualTo("2");
    assertThat(routing.getResources().getLimits().get("memory").toString()).isEqualTo("768Mi");
  }

  @Test
  void onlyRoutingMayCallIntakeFromInsideTheCluster() {
    assertThat(podSelectorsAllowedIn("switchboard-intake")).contains("routing");
    for (String service : List.of("routing", "knowledge", "metrics")) {
      assertThat(podSelectorsAllowedIn("switchboard-" + service))
          .doesNotContain("routing", "intake");
    }
    assertThat(egressPodSelectors("switchboard-routing")).containsExactly("intake");
    assertThat(egressPodSelectors("switchboard-knowledge")).isEmpty();
  }

  @Test
  void servicesBehindTheIngressAcceptTheControllerAndServicesOffItDoNot() {
    assertThat(namespacesAllowedIn("switchboard-intake")).contains("ingress-nginx", "monitoring");
    assertThat(namespacesAllowedIn("switchboard-routing"))
        .contains("monitoring")
        .doesNotContain("ingress-nginx");
  }

  @Test
  void egressIsLimitedToDnsDatabaseKafkaIdentityProviderAndEachServicesOwnPeers() {
    assertThat(egressPorts("switchboard-knowledge")).containsExactlyInAnyOrder(53, 5432, 9093, 443);
    assertThat(egressPorts("switchboard-metrics")).containsExactlyInAnyOrder(53, 5432, 9093, 443);
    assertThat(egressPorts("switchboard-routing"))
        .containsExactlyInAnyOrder(53, 5432, 9093, 443, 8080);
    assertThat(egressPorts("switchboard-intake"))
        .containsExactlyInAnyOrder(53, 5432, 9093, 443, 587, 993);
  }

  @Test
  void everyServiceIsScrapedOnQuarkusMetricsByTheOperatorsPrometheus() {
    List<ServiceMonitor> monitors = rendered.ofType(ServiceMonitor.class);

    assertThat(monitors).hasSize(4);
    for (ServiceMonitor monitor : monitors) {
      assertThat(monitor.getMetadata().getLabels())
          .containsEntry("release", "kube-prometheus-stack");
      assertThat(monitor.getSpec().getEndpoints())
          .singleElement()
          .satisfies(e -> assertThat(e.getPath()).isEqualTo("/q/metrics"))
          .satisfies(e -> assertThat(e.getPort()).isEqualTo("http"));
    }
  }

  @Test
  void exposedServicesGetAHostOfTheirOwnOverTlsWithOnlyTheApiRouted() {
    Ingress ingress = rendered.get(Ingress.class, "switchboard");

    assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
    assertThat(ingress.getSpec().getRules())
        .extracting(IngressRule::getHost)
        .containsExactlyInAnyOrder(
            "intake.switchboard.example.com",
            "knowledge.switchboard.example.com",
            "metrics.switchboard.example.com");
    assertThat(ingress.getSpec().getRules())
        .flatExtracting(r -> r.getHttp().getPaths())
        .allSatisfy(p -> assertThat(p.getPath()).isEqualTo("/api"));
    assertThat(ingress.getSpec().getTls())
        .singleElement()
        .satisfies(t -> assertThat(t.getSecretName()).isEqualTo("switchboard-tls"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void strimziTopicsCoverEveryEventTopicAndOneDeadLetterTopicPerService() {
    List<GenericKubernetesResource> topics = rendered.ofKind("KafkaTopic");

    assertThat(topics)
        .extracting(t -> spec(t).get("topicName"))
        .containsExactlyInAnyOrder(
            "switchboard.tickets",
            "switchboard.interactions",
            "switchboard.routing",
            "switchboard.knowledge",
            "switchboard.experience",
            "switchboard.dlq.intake-service",
            "switchboard.dlq.routing-service",
            "switchboard.dlq.knowledge-service",
            "switchboard.dlq.metrics-service");
    GenericKubernetesResource tickets =
        topics.stream()
            .filter(t -> "switchboard.tickets".equals(spec(t).get("topicName")))
            .findFirst()
            .orElseThrow();
    assertThat(tickets.getMetadata().getNamespace()).isEqualTo("kafka");
    assertThat(tickets.getMetadata().getLabels())
        .containsEntry("strimzi.io/cluster", "switchboard");
    assertThat(spec(tickets)).containsEntry("partitions", 12);
    assertThat((Map<Object, Object>) spec(tickets).get("config"))
        .containsEntry("retention.ms", 604800000);
  }

  @Test
  void migrationsRunOnceInPreUpgradeJobsAndPodsNoLongerMigrateAtStart() {
    List<Job> jobs = rendered.ofType(Job.class);

    assertThat(jobs).hasSize(4);
    for (Job job : jobs) {
      assertThat(job.getMetadata().getAnnotations())
          .containsEntry("helm.sh/hook", "pre-install,pre-upgrade");
      assertThat(env(job.getSpec().getTemplate().getSpec().getContainers().get(0)))
          .containsEntry("QUARKUS_INIT_AND_EXIT", "true")
          .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "true");
    }
    for (String service : Chart.SERVICES.keySet()) {
      assertThat(rendered.get(ConfigMap.class, "switchboard-" + service).getData())
          .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
    }
  }

  @Test
  void eachServiceReadsKafkaCredentialsFromItsOwnKafkaUserSecretAndTrustsTheClusterCa() {
    for (String service : Chart.SERVICES.keySet()) {
      Container c = container("switchboard-" + service);
      EnvVar jaas =
          c.getEnv().stream()
              .filter(e -> e.getName().equals("KAFKA_SASL_JAAS_CONFIG"))
              .findFirst()
              .orElseThrow();

      assertThat(jaas.getValueFrom().getSecretKeyRef().getName())
          .isEqualTo("switchboard-" + service + "-kafka");
      assertThat(c.getVolumeMounts())
          .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/etc/switchboard/kafka-ca"));
      assertThat(rendered.get(ConfigMap.class, "switchboard-" + service).getData())
          .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
          .containsEntry("KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/switchboard/kafka-ca/ca.crt");
    }
  }

  @Test
  void podsSpreadAcrossZonesBySelectingTheirOwnService() {
    Deployment intake = rendered.get(Deployment.class, "switchboard-intake");

    assertThat(intake.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.getLabelSelector().getMatchLabels())
                    .isEqualTo(intake.getSpec().getSelector().getMatchLabels()));
  }

  private Container container(String deployment) {
    return rendered
        .get(Deployment.class, deployment)
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0);
  }

  private static Map<String, String> env(Container c) {
    return c.getEnv().stream()
        .filter(e -> e.getValue() != null)
        .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(GenericKubernetesResource r) {
    return (Map<String, Object>) r.getAdditionalProperties().get("spec");
  }

  private List<NetworkPolicyPeer> ingressPeers(String policy) {
    return rendered.get(NetworkPolicy.class, policy).getSpec().getIngress().stream()
        .map(NetworkPolicyIngressRule::getFrom)
        .flatMap(List::stream)
        .toList();
  }

  /** Components of the pods allowed in (podSelector peers). */
  private Set<String> podSelectorsAllowedIn(String policy) {
    return selectedIn(policy, NetworkPolicyPeer::getPodSelector, "app.kubernetes.io/component");
  }

  /** Names of the namespaces allowed in (namespaceSelector peers). */
  private Set<String> namespacesAllowedIn(String policy) {
    return selectedIn(
        policy, NetworkPolicyPeer::getNamespaceSelector, "kubernetes.io/metadata.name");
  }

  private Set<String> selectedIn(
      String policy, Function<NetworkPolicyPeer, LabelSelector> selector, String label) {
    return ingressPeers(policy).stream()
        .map(selector)
        .filter(Objects::nonNull)
        .map(s -> s.getMatchLabels().get(label))
        .collect(Collectors.toSet());
  }

  private List<String> egressPodSelectors(String policy) {
    return rendered.get(NetworkPolicy.class, policy).getSpec().getEgress().stream()
        .filter(r -> r.getTo() != null)
        .flatMap(r -> r.getTo().stream())
        .filter(p -> p.getPodSelector() != null && p.getNamespaceSelector() == null)
        .map(p -> p.getPodSelector().getMatchLabels().get("app.kubernetes.io/component"))
        .toList();
  }

  private Set<Integer> egressPorts(String policy) {
    return rendered.get(NetworkPolicy.class, policy).getSpec().getEgress().stream()
        .map(NetworkPolicyEgressRule::getPorts)
        .flatMap(List::stream)
        .map(NetworkPolicyPort::getPort)
        .map(IntOrString::getIntVal)
        .collect(Collectors.toSet());
  }
}

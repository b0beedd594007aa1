package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What `helm install switchboard` gives with no values file. */
class DefaultValuesTest {

  private final Rendered rendered = Chart.render(Chart.defaults());

  @Test
  void deploysTheFourServicesFromTheirGhcrImagesTaggedWithTheAppVersion() {
    assertThat(rendered.deployments())
        .extracting(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .containsExactlyInAnyOrder(
            "ghcr.io/switchboard-desk/intake-service:0.1.0",
            "ghcr.io/switchboard-desk/routing-service:0.1.0",
            "ghcr.io/switchboard-desk/knowledge-service:0.1.0",
            "ghcr.io/switchboard-desk/metrics-service:0.1.0");
  }

  @Test
  void everyContainerListensOn8080() {
    for (Deployment d : rendered.deployments()) {
      Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
      assertThat(c.getPorts())
          .singleElement()
          .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(8080));
      assertThat(config(d.getMetadata().getName())).containsEntry("QUARKUS_HTTP_PORT", "8080");
    }
  }

  @Test
  void eachServiceConnectsToItsOwnDatabase() {
    for (String service : Chart.SERVICES.keySet()) {
      assertThat(config("switchboard-" + service))
          .containsEntry(
              "QUARKUS_DATASOURCE_JDBC_URL",
              "jdbc:postgresql://switchboard-pg-rw:5432/" + service + "?sslmode=require");
    }
  }

  @Test
  void routingCallsTheIntakeServiceOfTheSameRelease() {
    assertThat(config("switchboard-routing"))
        .containsEntry("QUARKUS_REST_CLIENT_INTAKE_URL", "http://switchboard-intake:8080");
  }

  @Test
  void routingFetchesItsCustomerContextTokenFromTheSameIssuerAsItsOwnClient() {
    assertThat(config("switchboard-routing"))
        .containsEntry(
            "QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL",
            "https://keycloak.example.com/realms/switchboard")
        .containsEntry("QUARKUS_OIDC_CLIENT_CLIENT_ID", "routing-service");
  }

  @Test
  void podsRunFlywayAtStartUp() {
    for (String service : Chart.SERVICES.keySet()) {
      assertThat(config("switchboard-" + service))
          .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "true");
    }
    assertThat(rendered.objects()).noneMatch(o -> o.getKind().equals("Job"));
  }

  @Test
  void optionalObjectsAreLeftOut() {
    assertThat(rendered.objects())
        .extracting(o -> o.getKind())
        .doesNotContain(
            "Ingress", "HorizontalPodAutoscaler", "NetworkPolicy", "ServiceMonitor", "KafkaTopic");
  }

  @Test
  void helmTestPodChecksTheReadinessOfEveryService() {
    Pod test = rendered.get(Pod.class, "switchboard-test-ready");

    assertThat(test.getMetadata().getAnnotations()).containsEntry("helm.sh/hook", "test");
    List<String> args = test.getSpec().getContainers().get(0).getCommand();
    for (String service : Chart.SERVICES.keySet()) {
      assertThat(args).contains("http://switchboard-" + service + ":8080/q/health/ready");
    }
  }

  private java.util.Map<String, String> config(String name) {
    return rendered.get(ConfigMap.class, name).getData();
  }
}

package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NOTES.txt tells the operator where the services are, with the names this release really has. */
class InstallNotesTest {

  @Test
  void withoutIngressNotesGivePortForwardCommandsForEveryServiceOfTheRelease() {
    String notes = Chart.installNotes(null);

    for (String service : Chart.SERVICES.keySet()) {
      assertThat(notes)
          .contains(
              "kubectl --namespace switchboard port-forward svc/switchboard-"
                  + service
                  + " 8080:8080")
          .contains("http://switchboard-" + service + ".switchboard.svc:8080/api/v1");
    }
    assertThat(notes).contains("helm test switchboard --namespace switchboard");
  }

  @Test
  void withIngressNotesGiveTheHttpsUrlOfEachExposedService() {
    String notes = Chart.installNotes(Chart.ci("production-values.yaml").valuesFile());

    assertThat(notes)
        .contains("https://intake.switchboard.example.com/api/v1")
        .contains("https://knowledge.switchboard.example.com/api/v1")
        .contains("https://metrics.switchboard.example.com/api/v1")
        .doesNotContain("https://routing.switchboard.example.com")
        .contains("port-forward svc/switchboard-routing");
  }

  @Test
  void notesNameTheSecretsTheOperatorMustCreate() {
    String notes = Chart.installNotes(Chart.ci("production-values.yaml").valuesFile());

    assertThat(notes)
        .contains("switchboard-intake-db (keys username, password)")
        .contains("switchboard-routing-kafka (key sasl.jaas.config)")
        .contains("switchboard-oidc-clients");
  }

  @Test
  void withMigrationJobsNotesTellWhereTheirLogsAre() {
    String notes = Chart.installNotes(Chart.ci("production-values.yaml").valuesFile());

    for (String service : Chart.SERVICES.keySet()) {
      assertThat(notes).contains("logs job/switchboard-" + service + "-migrate");
    }
  }

  @Test
  void notesMarkADisabledServiceAsDisabled() {
    String notes = Chart.installNotes(Chart.ci("knowledge-disabled-values.yaml").valuesFile());

    assertThat(notes)
        .contains("knowledge-service: disabled")
        .doesNotContain("svc/switchboard-knowledge");
  }
}

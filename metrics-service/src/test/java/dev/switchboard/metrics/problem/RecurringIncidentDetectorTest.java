package dev.switchboard.metrics.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecurringIncidentDetectorTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  private final RecurringIncidentDetector detector =
      new RecurringIncidentDetector(5, Duration.ofDays(7), 0.3);

  private static IncidentSnapshot incident(
      String category, String item, String subject, String description, Duration after) {
    return new IncidentSnapshot(
        UUID.randomUUID(), "SD-1", category, item, subject, description, MONDAY.plus(after));
  }

  private static List<IncidentSnapshot> vpnIncidents() {
    return List.of(
        incident(
            "network",
            null,
            "VPN disconnects every few minutes",
            "VPN drops from home",
            Duration.ZERO),
        incident(
            "network",
            null,
            "VPN keeps disconnecting",
            "the VPN connection drops at home",
            Duration.ofHours(5)),
        incident(
            "network",
            null,
            "VPN connection drops",
            "VPN disconnected twice from home office",
            Duration.ofHours(20)),
        incident(
            "network",
            null,
            "Cannot stay connected to VPN",
            "VPN disconnects from home",
            Duration.ofHours(30)),
        incident(
            "network",
            null,
            "VPN disconnects",
            "connection drops every few minutes",
            Duration.ofHours(44)));
  }

  @Test
  void fiveSimilarVpnIncidentsInTwoDaysAreOneCandidateWithFiveMembers() {
    List<RecurringIncidentDetector.Recurrence> found = detector.detect(vpnIncidents());

    assertThat(found).hasSize(1);
    assertThat(found.get(0).members()).hasSize(5);
    assertThat(found.get(0).category()).isEqualTo("network");
    assertThat(found.get(0).summary()).contains("VPN disconnects every few minutes");
  }

  @Test
  void unrelatedIncidentsMakeNoCandidate() {
    List<IncidentSnapshot> unrelated =
        List.of(
            incident("network", null, "VPN disconnects", "drops from home", Duration.ZERO),
            incident("hardware", null, "Printer on floor 3 jams", "paper jam", Duration.ofHours(1)),
            incident(
                "access",
                null,
                "Password expired",
                "cannot log in to payroll",
                Duration.ofHours(2)),
            incident("email", null, "Mailbox full", "quota exceeded", Duration.ofHours(3)),
            incident(
                "network",
                null,
                "Wi-Fi slow in meeting room",
                "conference room",
                Duration.ofHours(4)),
            incident(
                "software", null, "Excel crashes on start", "office update", Duration.ofHours(5)));

    assertThat(detector.detect(unrelated)).isEmpty();
  }

  @Test
  void similarTextInAnotherCategoryDoesNotJoin() {
    List<IncidentSnapshot> mixed = new ArrayList<>(vpnIncidents().subList(0, 4));
    mixed.add(
        incident("hardware", null, "VPN disconnects", "drops from home", Duration.ofHours(40)));

    assertThat(detector.detect(mixed)).isEmpty();
  }

  @Test
  void fiveIncidentsSpreadBeyondTheWindowAreNoCandidate() {
    List<IncidentSnapshot> spread = new ArrayList<>();
    for (int week = 0; week < 5; week++) {
      spread.add(
          incident(
              "network", null, "VPN disconnects", "drops from home", Duration.ofDays(8L * week)));
    }

    assertThat(detector.detect(spread)).isEmpty();
  }

  @Test
  void sameConfigurationItemRecursWhateverTheText() {
    List<IncidentSnapshot> sameItem = new ArrayList<>();
    String[] texts = {"slow", "error 500", "login fails", "timeout", "blank page"};
    for (int i = 0; i < texts.length; i++) {
      sameItem.add(incident("software", "crm-prod", texts[i], null, Duration.ofHours(i)));
    }

    List<RecurringIncidentDetector.Recurrence> found = detector.detect(sameItem);

    assertThat(found)
        .singleElement()
        .satisfies(r -> assertThat(r.configurationItem()).isEqualTo("crm-prod"));
  }

  private Trend trendOf(int... hours) {
    List<IncidentSnapshot> incidents = new ArrayList<>();
    for (int hour : hours) {
      incidents.add(
          incident("network", null, "VPN disconnects", "drops from home", Duration.ofHours(hour)));
    }
    return detector.detect(incidents).get(0).trend();
  }

  @Test
  void moreIncidentsInTheLatestHalfWindowIsRisingFewerIsFalling() {
    assertThat(trendOf(0, 90, 91, 92, 93, 94)).isEqualTo(Trend.RISING);
    assertThat(trendOf(0, 1, 2, 3, 4, 100)).isEqualTo(Trend.FALLING);
    assertThat(trendOf(0, 1, 2, 90, 91, 92)).isEqualTo(Trend.STEADY);
  }
}

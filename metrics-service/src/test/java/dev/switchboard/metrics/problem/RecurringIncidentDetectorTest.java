package dev.switchboard.metrics.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /** As the consumer asks: the newest incident against all of them, itself included. */
  private Optional<RecurringIncidentDetector.Recurrence> recurrenceOfNewest(
      List<IncidentSnapshot> incidents) {
    return detector.recurrenceOf(incidents.get(incidents.size() - 1), incidents);
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
    RecurringIncidentDetector.Recurrence found = recurrenceOfNewest(vpnIncidents()).orElseThrow();

    assertThat(found.members()).hasSize(5);
    assertThat(found.category()).isEqualTo("network");
    assertThat(found.summary()).contains("VPN disconnects every few minutes");
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

    assertThat(recurrenceOfNewest(unrelated)).isEmpty();
  }

  @Test
  void similarTextInAnotherCategoryDoesNotJoin() {
    List<IncidentSnapshot> mixed = new ArrayList<>(vpnIncidents().subList(0, 4));
    mixed.add(
        incident("hardware", null, "VPN disconnects", "drops from home", Duration.ofHours(40)));

    assertThat(recurrenceOfNewest(mixed)).isEmpty();
  }

  @Test
  void fiveIncidentsSpreadBeyondTheWindowAreNoCandidate() {
    List<IncidentSnapshot> spread = new ArrayList<>();
    for (int week = 0; week < 5; week++) {
      spread.add(
          incident(
              "network", null, "VPN disconnects", "drops from home", Duration.ofDays(8L * week)));
    }

    assertThat(recurrenceOfNewest(spread)).isEmpty();
  }

  @Test
  void sameConfigurationItemRecursWhateverTheText() {
    List<IncidentSnapshot> sameItem = new ArrayList<>();
    String[] texts = {"slow", "error 500", "login fails", "timeout", "blank page"};
    for (int i = 0; i < texts.length; i++) {
      sameItem.add(incident("software", "crm-prod", texts[i], null, Duration.ofHours(i)));
    }

    assertThat(recurrenceOfNewest(sameItem))
        .hasValueSatisfying(r -> assertThat(r.configurationItem()).isEqualTo("crm-prod"));
  }

  private Trend trendOf(int... hours) {
    List<IncidentSnapshot> incidents = new ArrayList<>();
    for (int hour : hours) {
      incidents.add(
          incident("network", null, "VPN disconnects", "drops from home", Duration.ofHours(hour)));
    }
    return recurrenceOfNewest(incidents).orElseThrow().trend();
  }

  @Test
  void moreIncidentsInTheLatestHalfWindowIsRisingFewerIsFalling() {
    assertThat(trendOf(0, 90, 91, 92, 93, 94)).isEqualTo(Trend.RISING);
    assertThat(trendOf(0, 1, 2, 3, 4, 100)).isEqualTo(Trend.FALLING);
    assertThat(trendOf(0, 1, 2, 90, 91, 92)).isEqualTo(Trend.STEADY);
  }

  @Test
  void aChainOfSimilarIncidentsIsOneGroupThoughTheNewestResemblesOnlyItsPredecessor() {
    String[] texts = {
      "VPN drops at home office",
      "VPN drops at home, router rebooted",
      "router rebooted, VPN tunnel timeout",
      "VPN tunnel timeout after sleep",
      "tunnel timeout after sleep on laptop"
    };
    List<IncidentSnapshot> chain = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      chain.add(incident("network", null, texts[i], null, Duration.ofHours(i)));
    }

    assertThat(recurrenceOfNewest(chain))
        .hasValueSatisfying(r -> assertThat(r.members()).hasSize(5));
    assertThat(detector.recurrenceOf(chain.get(0), chain))
        .hasValueSatisfying(r -> assertThat(r.members()).hasSize(5));
  }

  @Test
  void anIncidentUnlikeTheOthersIsInNoRecurrenceEvenWhenTheyRecur() {
    List<IncidentSnapshot> incidents = new ArrayList<>(vpnIncidents());
    IncidentSnapshot printer =
        incident("network", null, "Printer on floor 3 jams", "paper jam", Duration.ofHours(45));
    incidents.add(printer);

    assertThat(detector.recurrenceOf(printer, incidents)).isEmpty();
    assertThat(detector.recurrenceOf(incidents.get(0), incidents))
        .hasValueSatisfying(r -> assertThat(r.members()).doesNotContain(printer).hasSize(5));
  }
}

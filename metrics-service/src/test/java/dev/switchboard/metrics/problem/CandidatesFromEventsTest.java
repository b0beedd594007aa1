package dev.switchboard.metrics.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.experience.ExperienceEvent;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.localinfra.TestTokens;
import dev.switchboard.metrics.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CandidatesFromEventsTest {

  private static JsonPath list(String path) {
    return given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .queryParam("size", 200)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void fiveSimilarIncidentsWithinTwoDaysBecomeOneRisingProblemCandidateAndItsEvent() {
    String category = "network-" + UUID.randomUUID();
    String[] subjects = {
      "VPN disconnects every few minutes",
      "VPN keeps disconnecting from home",
      "VPN connection drops at home",
      "VPN disconnected twice today from home",
      "VPN disconnects, connection drops"
    };
    Instant start = Instant.now().minus(Duration.ofDays(2));
    for (int i = 0; i < subjects.length; i++) {
      UUID id = UUID.randomUUID();
      Instant at = start.plus(Duration.ofHours(8L * i));
      TestEvents.send(
          EventType.TICKET_CREATED,
          id,
          TestEvents.ticket(id, "incident", category, "portal", null, subjects[i], "new", at, at));
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> list("/api/v1/problem-candidates").getList("items.category").contains(category));
    Map<String, Object> candidate =
        list("/api/v1/problem-candidates")
            .getMap("items.find { it.category == '" + category + "' }");
    assertThat(candidate.get("memberCount")).isEqualTo(5);
    assertThat((List<?>) candidate.get("members")).hasSize(5);
    // all five within 32 h: the latest half window (3.5 days) holds them all, the half before none
    assertThat(candidate.get("trend")).isEqualTo("rising");
    ExperienceEvent detected =
        TestEvents.awaitPublished(
                EventType.PROBLEM_CANDIDATE_DETECTED,
                ExperienceEvent.class,
                e -> category.equals(e.category()))
            .orElseThrow();
    assertThat(detected.candidateId().toString()).isEqualTo(candidate.get("id"));
    assertThat(detected.memberTicketIds()).hasSize(5);
  }

  @Test
  void aLaterSimilarIncidentJoinsTheCandidateItResembles() {
    String category = "printing-" + UUID.randomUUID();
    Instant start = Instant.now().minus(Duration.ofDays(1));
    for (int i = 0; i < 5; i++) {
      sendIncident(
          category, "Printer on floor 3 jams on every print job", start.plusSeconds(i * 60L));
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> memberCountOf(category) == 5);

    UUID later = sendIncident(category, "Printer on floor 3 jams again", start.plusSeconds(3600));

    await().atMost(Duration.ofSeconds(60)).until(() -> memberCountOf(category) == 6);
    List<Map<String, Object>> candidates =
        list("/api/v1/problem-candidates")
            .getList("items.findAll { it.category == '" + category + "' }");
    assertThat(candidates).as("it grows the candidate, no second one").hasSize(1);
    List<String> memberIds =
        list("/api/v1/problem-candidates")
            .getList("items.find { it.category == '" + category + "' }.members.ticketId");
    assertThat(memberIds).contains(later.toString());
  }

  private static UUID sendIncident(String category, String subject, Instant at) {
    UUID id = UUID.randomUUID();
    TestEvents.send(
        EventType.TICKET_CREATED,
        id,
        TestEvents.ticket(id, "incident", category, "portal", null, subject, "new", at, at));
    return id;
  }

  private static int memberCountOf(String category) {
    Map<String, Object> candidate =
        list("/api/v1/problem-candidates")
            .getMap("items.find { it.category == '" + category + "' }");
    return candidate == null ? 0 : (Integer) candidate.get("memberCount");
  }

  @Test
  void frequentRequestsResolvedAlikeBecomeAnAutomationCandidate() {
    String item = "laptop-" + UUID.randomUUID();
    Instant start = Instant.now().minus(Duration.ofDays(3));
    for (int i = 0; i < 10; i++) {
      UUID id = UUID.randomUUID();
      Instant at = start.plus(Duration.ofHours(i));
      TicketEvent request =
          new TicketEvent(
              id,
              "SD-" + i,
              "service_request",
              "hardware",
              item,
              "low",
              "low",
              "p5",
              "new",
              null,
              "portal",
              null,
              null,
              "New laptop",
              "please",
              null,
              null,
              null,
              null,
              "ana",
              "portal",
              0,
              at,
              at);
      TestEvents.send(EventType.TICKET_CREATED, id, request);
      TestEvents.send(
          EventType.TICKET_RESOLVED,
          id,
          TestEvents.resolved(request, "shipped", at.plusSeconds(600)));
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              Object requests =
                  list("/api/v1/automation-candidates")
                      .get("items.find { it.catalogItem == '" + item + "' }.requests");
              return Integer.valueOf(10).equals(requests);
            });
    Map<String, Object> candidate =
        list("/api/v1/automation-candidates")
            .getMap("items.find { it.catalogItem == '" + item + "' }");
    assertThat(candidate.get("resolutionCode")).isEqualTo("shipped");
    assertThat(((Number) candidate.get("share")).doubleValue()).isEqualTo(1.0);
    assertThat(
            TestEvents.awaitPublished(
                EventType.AUTOMATION_CANDIDATE_DETECTED,
                ExperienceEvent.class,
                e -> e.summary() != null && e.summary().contains(item)))
        .isPresent();
  }
}

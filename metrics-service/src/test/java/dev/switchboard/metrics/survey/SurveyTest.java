package dev.switchboard.metrics.survey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.experience.ExperienceEvent;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.localinfra.TestTokens;
import dev.switchboard.metrics.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SurveyTest {

  /** Resolves a new ticket of a new customer and returns the token of the link sent for it. */
  static String resolveAndTakeToken(UUID ticketId, String channel) {
    Instant now = Instant.now();
    TicketEvent ticket =
        TestEvents.ticket(ticketId, "incident", "network", channel, UUID.randomUUID(), now);
    TestEvents.send(EventType.TICKET_CREATED, ticketId, ticket);
    TestEvents.send(EventType.TICKET_RESOLVED, ticketId, TestEvents.resolved(ticket, "fixed", now));
    ExperienceEvent requested =
        TestEvents.awaitPublished(
                EventType.SURVEY_REQUESTED,
                ExperienceEvent.class,
                e -> ticketId.equals(e.ticketId()))
            .orElseThrow();
    assertThat(requested.channel()).isEqualTo(channel);
    assertThat(requested.customerId()).isEqualTo(ticket.customerId());
    assertThat(requested.ticketNumber()).isEqualTo(ticket.number());
    assertThat(requested.surveyUrl()).startsWith("http://localhost:8084/api/v1/surveys/");
    return requested.surveyUrl().substring(requested.surveyUrl().lastIndexOf('/') + 1);
  }

  private static io.restassured.response.ValidatableResponse answer(String token, String body) {
    return given()
        .contentType("application/json")
        .body(body)
        .post("/api/v1/surveys/" + token)
        .then();
  }

  @Test
  void tokenWorksOnceWithoutLoginAndALowRatingRaisesItsEvent() {
    UUID ticketId = UUID.randomUUID();
    String token = resolveAndTakeToken(ticketId, "email");

    answer(token, "{\"rating\": 1, \"comment\": \"took ages\"}")
        .statusCode(200)
        .body("rating", is(1))
        .body("comment", is("took ages"));
    answer(token, "{\"rating\": 5}")
        .statusCode(410)
        .contentType("application/problem+json")
        .body("status", is(410));

    ExperienceEvent low =
        TestEvents.awaitPublished(
                EventType.LOW_RATING, ExperienceEvent.class, e -> ticketId.equals(e.ticketId()))
            .orElseThrow();
    assertThat(low.rating()).isEqualTo(1);
    assertThat(low.comment()).isEqualTo("took ages");
  }

  @Test
  void unknownTokenIs404AndARatingOutsideOneToFiveIs400() {
    answer("no-such-token", "{\"rating\": 3}").statusCode(404);
    answer("no-such-token", "{\"rating\": 6}").statusCode(400);
    answer("no-such-token", "{\"rating\": 0}").statusCode(400);
    answer("no-such-token", "{}").statusCode(400);
  }

  @Test
  void answerCountsInTheCsatOfTheTicketsChannel() {
    String token = resolveAndTakeToken(UUID.randomUUID(), "walk_in");
    answer(token, "{\"rating\": 5}").statusCode(200);

    String today = LocalDate.now(ZoneOffset.UTC).toString();
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonPath report =
                  given()
                      .auth()
                      .oauth2(TestTokens.admin())
                      .queryParam("from", today)
                      .queryParam("to", today)
                      .get("/api/v1/experience")
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              assertThat(report.getInt("groups.find { it.key == 'walk_in' }.csat.responses"))
                  .isEqualTo(1);
              assertThat(report.getDouble("groups.find { it.key == 'walk_in' }.csat.score"))
                  .isEqualTo(1.0);
              assertThat(report.getInt("groups.find { it.key == 'walk_in' }.csat.distribution.'5'"))
                  .isEqualTo(1);
            });
  }
}

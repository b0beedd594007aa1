package dev.switchboard.knowledge.feedback;

import static dev.switchboard.knowledge.KnowledgeApi.AGENT;
import static dev.switchboard.knowledge.KnowledgeApi.CUSTOMER;
import static dev.switchboard.knowledge.KnowledgeApi.article;
import static dev.switchboard.knowledge.KnowledgeApi.draft;
import static dev.switchboard.knowledge.KnowledgeApi.published;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.contracts.EventType;
import dev.switchboard.knowledge.KafkaProbe;
import dev.switchboard.knowledge.KnowledgeApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedbackTest {

  @Test
  void feedbackCountsTowardsTheHelpfulShareAndIsAnnounced() {
    UUID id =
        published(
            article("Map a network drive", "Use File Explorer.", "storage", "public", List.of()));
    UUID ticketId = UUID.randomUUID();
    give(CUSTOMER, id, Map.of("helpful", true, "ticketId", ticketId.toString()))
        .statusCode(201)
        .body("helpful", equalTo(true))
        .body("version", equalTo(1))
        .body("ticketId", equalTo(ticketId.toString()));
    give(CUSTOMER, id, Map.of("helpful", true)).statusCode(201);
    give(AGENT, id, Map.of("helpful", false)).statusCode(201);

    KnowledgeApi.health(id)
        .statusCode(200)
        .body("helpful", equalTo(2))
        .body("notHelpful", equalTo(1))
        .body("helpfulShare", equalTo(0.6667f));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(KafkaProbe.payloads(EventType.ARTICLE_FEEDBACK, ticketId.toString()))
                    .hasSize(1));
  }

  @Test
  void feedbackNeedsAnAnswerAndAVisibleArticle() {
    UUID internal =
        published(article("Internal only", "Staff text.", "storage", "agents", List.of()));
    UUID unpublished = draft(article("Not yet", "Draft.", "storage", "public", List.of()));
    give(CUSTOMER, internal, Map.of()).statusCode(400).contentType("application/problem+json");
    give(CUSTOMER, internal, Map.of("helpful", true)).statusCode(404);
    give(CUSTOMER, unpublished, Map.of("helpful", true)).statusCode(404);
    give(AGENT, unpublished, Map.of("helpful", true)).statusCode(409);
  }

  private static io.restassured.response.ValidatableResponse give(
      String token, UUID id, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/articles/" + id + "/feedback")
        .then();
  }
}

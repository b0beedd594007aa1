package dev.switchboard.knowledge.suggestion;

import static dev.switchboard.knowledge.KnowledgeApi.AGENT;
import static dev.switchboard.knowledge.KnowledgeApi.CUSTOMER;
import static dev.switchboard.knowledge.KnowledgeApi.article;
import static dev.switchboard.knowledge.KnowledgeApi.published;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.switchboard.contracts.EventType;
import dev.switchboard.knowledge.KafkaProbe;
import dev.switchboard.knowledge.KnowledgeApi;
import dev.switchboard.localinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SuggestionTest {

  @Test
  void halfTypedFormGetsTheArticleAndAcceptanceIsRecordedOnce() {
    UUID id =
        published(
            article(
                "Unlock a Kerplunkis account",
                "After five failed sign-ins the Kerplunkis account locks.",
                "account",
                "public",
                List.of("locked")));
    String suggestionId =
        suggest(CUSTOMER, Map.of("text", "my kerplunk", "category", "account"))
            .statusCode(200)
            .body("items[0].articleId", equalTo(id.toString()))
            .body("items[0].title", equalTo("Unlock a Kerplunkis account"))
            .extract()
            .path("id");

    accept(CUSTOMER, suggestionId, Map.of("articleId", id.toString()))
        .statusCode(200)
        .body("articleId", equalTo(id.toString()));
    accept(CUSTOMER, suggestionId, Map.of("articleId", id.toString())).statusCode(200);
    accept(CUSTOMER, suggestionId, Map.of("articleId", UUID.randomUUID().toString()))
        .statusCode(400);
    accept(TestTokens.customer("ben"), suggestionId, Map.of("articleId", id.toString()))
        .statusCode(404);

    KnowledgeApi.health(id)
        .body("suggestionsShown", equalTo(1))
        .body("suggestionsAccepted", equalTo(1));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(KafkaProbe.payloads(EventType.SUGGESTION_ACCEPTED, id.toString()))
                    .hasSize(1));
  }

  @Test
  void ticketTextRanksTheMatchingCategoryFirst() {
    UUID network =
        published(
            article("Wibblet keeps dropping", "Wibblet drops.", "network", "agents", List.of()));
    published(article("Wibblet colours", "Wibblet drops colour.", "printing", "agents", List.of()));
    suggest(
            AGENT,
            Map.of(
                "text",
                "Hi team, since this morning my wibblet drops every few minutes. Thanks, Ana",
                "category",
                "network"))
        .statusCode(200)
        .body("items[0].articleId", equalTo(network.toString()));
  }

  @Test
  void aLimitAboveTheMaximumGetsTheMaximumNumberOfSuggestions() {
    for (int i = 0; i < 21; i++) {
      published(
          article(
              "Zorblatic dock " + i + " does not charge",
              "Reseat the zorblatic dock " + i + " and check its cable.",
              "hardware",
              "public",
              List.of()));
    }
    suggest(CUSTOMER, Map.of("text", "zorblatic dock", "limit", 100))
        .statusCode(200)
        .body("items", hasSize(20));
  }

  @Test
  void blankTextOrALimitBelowOneIs400() {
    suggest(CUSTOMER, Map.of("text", "  ")).statusCode(400).contentType("application/problem+json");
    suggest(CUSTOMER, Map.of("text", "vpn", "limit", 0)).statusCode(400);
    suggest(CUSTOMER, Map.of("text", "vpn", "limit", -1)).statusCode(400);
  }

  private static ValidatableResponse suggest(String token, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/suggestions")
        .then();
  }

  private static ValidatableResponse accept(String token, String id, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/suggestions/" + id + "/accept")
        .then();
  }
}

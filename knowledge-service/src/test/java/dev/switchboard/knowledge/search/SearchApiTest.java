package dev.switchboard.knowledge.search;

import static dev.switchboard.knowledge.KnowledgeApi.AGENT;
import static dev.switchboard.knowledge.KnowledgeApi.CUSTOMER;
import static dev.switchboard.knowledge.KnowledgeApi.SUPERVISOR;
import static dev.switchboard.knowledge.KnowledgeApi.act;
import static dev.switchboard.knowledge.KnowledgeApi.article;
import static dev.switchboard.knowledge.KnowledgeApi.draft;
import static dev.switchboard.knowledge.KnowledgeApi.published;
import static dev.switchboard.knowledge.KnowledgeApi.search;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchApiTest {

  @Test
  void customersNeverSeeAgentOnlyArticles() {
    UUID internal =
        published(
            article(
                "Pelicanator server restart runbook",
                "Restart the pelicanator cluster from the console.",
                "infrastructure",
                "agents",
                List.of()));
    UUID open =
        published(
            article(
                "Pelicanator status page",
                "Check the pelicanator status page before calling.",
                "infrastructure",
                "public",
                List.of()));

    search(CUSTOMER, "pelicanator").body("items.articleId", contains(open.toString()));
    search(CUSTOMER, "pelicanator", "audience", "agents").body("items", empty());
    given().auth().oauth2(CUSTOMER).get("/api/v1/articles/" + internal).then().statusCode(404);
    search(AGENT, "pelicanator").body("items", hasSize(2));
    search(AGENT, "pelicanator", "audience", "agents")
        .body("items.articleId", contains(internal.toString()));
  }

  @Test
  void misspeltWordsStillFindTheArticle() {
    UUID id =
        published(
            article(
                "Reset a forgotten Quuxnet password",
                "Open the Quuxnet self-service portal and choose reset.",
                "account",
                "public",
                List.of("password")));
    search(CUSTOMER, "quxnet pasword").body("items[0].articleId", equalTo(id.toString()));
  }

  /** The issue's own example, written through the API as an agent and a supervisor would. */
  @Test
  void paswordRestFindsThePasswordResetArticleFirst() {
    String category = "account-" + UUID.randomUUID().toString().substring(0, 8);
    List<UUID> ids = new ArrayList<>();
    for (Map<String, Object> article :
        List.of(
            article(
                "Password rules and expiry",
                "Passwords need at least 14 characters and expire every 180 days.",
                category,
                "public",
                List.of("password", "policy")),
            article(
                "Reset your password",
                "Forgot your password? Open the self-service portal, choose Reset password and"
                    + " confirm with your MFA code.",
                category,
                "public",
                List.of("password", "login", "self-service")),
            article(
                "Unlock a locked account",
                "After 5 failed sign-ins with a wrong password the account is locked for 15"
                    + " minutes.",
                category,
                "public",
                List.of("locked", "login")))) {
      UUID id = draft(article);
      act(AGENT, id, "submit").statusCode(200).body("status", equalTo("in_review"));
      act(SUPERVISOR, id, "publish").statusCode(200).body("status", equalTo("published"));
      ids.add(id);
    }

    search(CUSTOMER, "pasword rest", "category", category)
        .statusCode(200)
        .body("items[0].articleId", equalTo(ids.get(1).toString()))
        .body("items[0].title", equalTo("Reset your password"));
  }

  @Test
  void snippetsHighlightTheMatchedWords() {
    published(
        article(
            "Flumox adapter",
            "If the flumox adapter blinks red, **unplug** it for ten seconds.",
            "hardware",
            "public",
            List.of()));
    search(CUSTOMER, "flumox blinks")
        .body("items[0].snippet", containsString("<mark>blinks</mark>"))
        .body("items[0].snippet", not(containsString("**")));
  }

  @Test
  void titleMatchesRankAboveBodyMatches() {
    UUID inBody =
        published(
            article(
                "Laptop docking basics",
                "Sometimes the gazorpazorp driver needs an update.",
                "hardware",
                "public",
                List.of()));
    UUID inTitle =
        published(
            article(
                "Gazorpazorp driver update",
                "Download the driver from the portal.",
                "hardware",
                "public",
                List.of()));
    search(CUSTOMER, "gazorpazorp")
        .body("items.articleId", contains(inTitle.toString(), inBody.toString()));
  }

  @Test
  void phrasesPrefixesAndExclusions() {
    UUID exact =
        published(
            article(
                "Blorp error codes",
                "The message blorp error 809 means the tunnel was refused.",
                "network",
                "public",
                List.of()));
    UUID scattered =
        published(
            article(
                "Blorp tunnels",
                "Error handling: tunnel 809 is blorp-related.",
                "network",
                "public",
                List.of()));
    search(CUSTOMER, "\"blorp error 809\"").body("items.articleId", contains(exact.toString()));
    search(CUSTOMER, "blor*").body("items.articleId", hasItem(scattered.toString()));
    search(CUSTOMER, "blorp -codes").body("items.articleId", contains(scattered.toString()));
  }

  @Test
  void accentsAndStemmingFollowTheArticleLanguage() {
    Map<String, Object> german =
        new HashMap<>(
            article(
                "Drucker im Büro einrichten",
                "So richten Sie die Drucker im Zwölfgeschoss ein.",
                "printing",
                "public",
                List.of()));
    german.put("language", "de");
    UUID id = published(german);
    search(CUSTOMER, "zwolfgeschoss buro").body("items[0].articleId", equalTo(id.toString()));
    search(CUSTOMER, "Zwölfgeschoss druckern").body("items[0].articleId", equalTo(id.toString()));
  }

  @Test
  void resultsArePaged() {
    for (int i = 0; i < 3; i++) {
      published(
          article(
              "Snarfblat guide part " + i,
              "All about snarfblat.",
              "software",
              "public",
              List.of()));
    }
    search(CUSTOMER, "snarfblat", "limit", "2")
        .body("items", hasSize(2))
        .body("total", equalTo(3))
        .body("size", equalTo(2));
    search(CUSTOMER, "snarfblat", "limit", "2", "page", "1").body("items", hasSize(1));
  }

  @Test
  void aLimitAboveTheMaximumIsServedAsTheMaximum() {
    search(CUSTOMER, "vpn", "limit", "500").statusCode(200).body("size", equalTo(50));
    search(CUSTOMER, "vpn", "size", "51").statusCode(200).body("size", equalTo(50));
    search(CUSTOMER, "vpn", "limit", "50").statusCode(200).body("size", equalTo(50));
  }

  @Test
  void badSearchInputIs400() {
    search(CUSTOMER, " ").statusCode(400).contentType("application/problem+json");
    search(CUSTOMER, "vpn", "limit", "0").statusCode(400);
    search(CUSTOMER, "vpn", "limit", "-3").statusCode(400).contentType("application/problem+json");
    search(CUSTOMER, "vpn", "audience", "everyone").statusCode(400);
    given().get("/api/v1/search?q=vpn").then().statusCode(401);
  }
}

package dev.switchboard.knowledge.article;

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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.switchboard.localinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleLifecycleTest {

  @Test
  void draftGoesThroughReviewToPublishedAndIntoSearch() {
    UUID id =
        draft(
            article(
                "Calibrate the wobblegram scanner",
                "Hold the wobblegram button for five seconds.",
                "hardware",
                "public",
                List.of("scanner")));
    given()
        .auth()
        .oauth2(AGENT)
        .get("/api/v1/articles/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("draft"))
        .body("version", equalTo(1))
        .body("publishedVersion", nullValue());
    search(SUPERVISOR, "wobblegram").statusCode(200).body("items", empty());

    act(AGENT, id, "submit").statusCode(200).body("status", equalTo("in_review"));
    act(AGENT, id, "submit").statusCode(409);
    act(SUPERVISOR, id, "publish")
        .statusCode(200)
        .body("status", equalTo("published"))
        .body("publishedVersion", equalTo(1));

    search(CUSTOMER, "wobblegram")
        .statusCode(200)
        .body("items.articleId", contains(id.toString()))
        .body("total", equalTo(1));
    act(SUPERVISOR, id, "publish").statusCode(409).body("status", equalTo(409));
  }

  @Test
  void publishedVersionStaysLiveUntilTheNextIsPublished() {
    UUID id =
        published(
            article(
                "Gribbleflux first edition",
                "The gribbleflux setting lives under Preferences.",
                "software",
                "public",
                List.of()));

    given()
        .auth()
        .oauth2(AGENT)
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Gribbleflux second edition"))
        .put("/api/v1/articles/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(2))
        .body("status", equalTo("draft"))
        .body("publishedVersion", equalTo(1))
        .body("body", equalTo("The gribbleflux setting lives under Preferences."));

    search(CUSTOMER, "gribbleflux").body("items.title", contains("Gribbleflux first edition"));
    given()
        .auth()
        .oauth2(CUSTOMER)
        .get("/api/v1/articles/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("title", equalTo("Gribbleflux first edition"));

    act(SUPERVISOR, id, "publish").statusCode(200).body("publishedVersion", equalTo(2));
    search(CUSTOMER, "gribbleflux").body("items.title", contains("Gribbleflux second edition"));
  }

  @Test
  void everyEditIsKeptInTheHistory() {
    UUID id = published(article("Frobozz v1", "Frobozz text.", "software", "agents", List.of()));
    for (String title : List.of("Frobozz v2", "Frobozz v3")) {
      given()
          .auth()
          .oauth2(AGENT)
          .contentType(ContentType.JSON)
          .body(Map.of("title", title))
          .put("/api/v1/articles/" + id)
          .then()
          .statusCode(200);
    }
    act(AGENT, id, "submit").statusCode(200);

    given()
        .auth()
        .oauth2(AGENT)
        .get("/api/v1/articles/" + id + "/versions")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.version", contains(3, 2, 1))
        .body("items.status", contains("in_review", "superseded", "published"))
        .body("items.title", contains("Frobozz v3", "Frobozz v2", "Frobozz v1"));
    given()
        .auth()
        .oauth2(AGENT)
        .get("/api/v1/articles/" + id + "/versions/2")
        .then()
        .statusCode(200)
        .body("title", equalTo("Frobozz v2"));
    given()
        .auth()
        .oauth2(CUSTOMER)
        .get("/api/v1/articles/" + id + "/versions")
        .then()
        .statusCode(403);
  }

  @Test
  void retiredArticleDisappearsFromSearchAndCustomers() {
    UUID id =
        published(
            article(
                "Zanzibar dongle pairing",
                "Pair the zanzibar dongle.",
                "hardware",
                "public",
                List.of()));
    search(CUSTOMER, "zanzibar dongle").body("items.articleId", contains(id.toString()));

    act(AGENT, id, "retire").statusCode(403);
    act(SUPERVISOR, id, "retire").statusCode(200).body("status", equalTo("retired"));

    search(CUSTOMER, "zanzibar dongle").body("items", empty());
    search(SUPERVISOR, "zanzibar dongle").body("items", empty());
    given().auth().oauth2(CUSTOMER).get("/api/v1/articles/" + id).then().statusCode(404);
    given()
        .auth()
        .oauth2(SUPERVISOR)
        .get("/api/v1/articles/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("retired"));
    act(SUPERVISOR, id, "retire").statusCode(409);
  }

  @Test
  void onlySupervisorsAndAdminsPublish() {
    UUID id = draft(article("Quibble", "Quibble body.", "software", "public", List.of()));
    act(CUSTOMER, id, "publish").statusCode(403);
    act(AGENT, id, "publish").statusCode(403);
    act(TestTokens.admin(), id, "publish").statusCode(200);
  }

  @Test
  void customersCannotWriteArticles() {
    given()
        .auth()
        .oauth2(CUSTOMER)
        .contentType(ContentType.JSON)
        .body(article("Mine", "Body", "software", "public", List.of()))
        .post("/api/v1/articles")
        .then()
        .statusCode(403);
  }

  @Test
  void badArticleIsRefusedWithEveryFieldError() {
    given()
        .auth()
        .oauth2(AGENT)
        .contentType(ContentType.JSON)
        .body(Map.of("body", "", "language", "english"))
        .post("/api/v1/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("title", "body", "language"));
    given()
        .auth()
        .oauth2(AGENT)
        .contentType(ContentType.JSON)
        .body(Map.of("title", "T", "body", "B", "audience", "everyone"))
        .post("/api/v1/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void sameIdempotencyKeyCreatesOneArticle() {
    Map<String, Object> body = article("Once only", "Body", "software", "agents", List.of());
    String first = createOnce(body).statusCode(201).extract().path("id");
    createOnce(body).statusCode(201).body("id", equalTo(first));
  }

  private static ValidatableResponse createOnce(Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(AGENT)
        .header("Idempotency-Key", "article-once")
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/articles")
        .then();
  }

  @Test
  void unknownArticleIs404() {
    given()
        .auth()
        .oauth2(AGENT)
        .get("/api/v1/articles/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}

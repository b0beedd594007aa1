package dev.switchboard.knowledge;

import static io.restassured.RestAssured.given;

import dev.switchboard.localinfra.TestTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls the knowledge API as the demo users do, for tests that need articles in some state. */
public final class KnowledgeApi {

  public static final String AGENT = TestTokens.agent("agent1");
  public static final String SUPERVISOR = TestTokens.supervisor("sam");
  public static final String CUSTOMER = TestTokens.customer("ana");

  static {
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private KnowledgeApi() {}

  public static Map<String, Object> article(
      String title, String body, String category, String audience, List<String> tags) {
    Map<String, Object> article = new HashMap<>();
    article.put("title", title);
    article.put("body", body);
    article.put("category", category);
    article.put("audience", audience);
    article.put("tags", tags);
    return article;
  }

  public static UUID draft(Map<String, Object> article) {
    return UUID.fromString(
        given()
            .auth()
            .oauth2(AGENT)
            .contentType(ContentType.JSON)
            .body(article)
            .post("/api/v1/articles")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  public static ValidatableResponse act(String token, UUID id, String action) {
    return given().auth().oauth2(token).post("/api/v1/articles/" + id + "/" + action).then();
  }

  public static UUID published(Map<String, Object> article) {
    UUID id = draft(article);
    act(SUPERVISOR, id, "publish").statusCode(200);
    return id;
  }

  /** The article's health as an agent reads it. */
  public static ValidatableResponse health(UUID id) {
    return given().auth().oauth2(AGENT).get("/api/v1/articles/" + id + "/health").then();
  }

  public static ValidatableResponse search(String token, String query, String... params) {
    Map<String, Object> queryParams = new HashMap<>();
    queryParams.put("q", query);
    for (int i = 0; i + 1 < params.length; i += 2) {
      queryParams.put(params[i], params[i + 1]);
    }
    return given().auth().oauth2(token).queryParams(queryParams).get("/api/v1/search").then();
  }
}

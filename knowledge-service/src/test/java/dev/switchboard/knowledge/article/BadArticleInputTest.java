package dev.switchboard.knowledge.article;

import static dev.switchboard.knowledge.KnowledgeApi.AGENT;
import static dev.switchboard.localinfra.ProblemJson.assertInvalidField;
import static dev.switchboard.localinfra.ProblemJson.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import dev.switchboard.localinfra.RowCounts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input to {@code POST /api/v1/articles}: a 4xx problem+json, never a 5xx, nothing stored. */
@QuarkusTest
class BadArticleInputTest {

  @Inject AgroalDataSource dataSource;

  private Map<String, Long> before;

  @BeforeEach
  void countStoredRows() {
    before = storedRows();
  }

  @Test
  void malformedJsonIs400ProblemAndStoresNothing() {
    assertProblem(create("{\"title\": \"VPN\", \"body\": "), 400).body("errors", nullValue());
    assertThat(storedRows()).isEqualTo(before);
  }

  @Test
  void aWrongAudienceIs400NamingTheFieldAndStoresNothing() {
    assertInvalidField(
        create("{\"title\": \"VPN\", \"body\": \"Restart it.\", \"audience\": \"everyone\"}"),
        "audience");
    assertThat(storedRows()).isEqualTo(before);
  }

  @Test
  void aMissingTitleIs400NamingTheFieldAndStoresNothing() {
    assertInvalidField(create("{\"body\": \"Restart it.\"}"), "title");
    assertThat(storedRows()).isEqualTo(before);
  }

  private static Response create(String json) {
    return given()
        .auth()
        .oauth2(AGENT)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/articles");
  }

  private Map<String, Long> storedRows() {
    return RowCounts.of(dataSource, "kb_article", "kb_article_version");
  }
}

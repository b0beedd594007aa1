package dev.switchboard.knowledge.search;

import static dev.switchboard.knowledge.KnowledgeApi.AGENT;
import static dev.switchboard.knowledge.KnowledgeApi.CUSTOMER;
import static dev.switchboard.knowledge.KnowledgeApi.SUPERVISOR;
import static dev.switchboard.knowledge.KnowledgeApi.act;
import static dev.switchboard.knowledge.KnowledgeApi.article;
import static dev.switchboard.knowledge.KnowledgeApi.published;
import static dev.switchboard.knowledge.KnowledgeApi.search;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The typo-tolerance vocabulary holds the words of live articles only, each counted once. */
@QuarkusTest
class VocabularyTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void republishingCountsAnArticlesWordsOnceAndRetiringTakesThemBack() throws SQLException {
    Map<String, Object> article =
        article(
            "Grommelflux badge reader",
            "The grommelflux badge reader beeps twice when the badge is unknown.",
            "facilities",
            "public",
            List.of());
    UUID id = published(article);
    for (int edit = 1; edit <= 2; edit++) {
      article.put("body", "The grommelflux badge reader beeps " + (edit + 2) + " times.");
      given()
          .auth()
          .oauth2(AGENT)
          .contentType(ContentType.JSON)
          .body(article)
          .put("/api/v1/articles/" + id)
          .then()
          .statusCode(200);
      act(SUPERVISOR, id, "publish").statusCode(200);
    }
    assertThat(documentsUsing("grommelflux")).hasValue(1);

    act(SUPERVISOR, id, "retire").statusCode(200);

    assertThat(documentsUsing("grommelflux")).isEmpty();
  }

  @Test
  void aWordOnlyARetiredArticleUsedIsCorrectedToALiveOne() {
    UUID old =
        published(
            article(
                "Snorkelwax scanner (old model)",
                "The snorkelwaxx scanner needs a reboot.",
                "hardware",
                "public",
                List.of()));
    UUID live =
        published(
            article(
                "Snorkelwax scanner",
                "The snorkelwax scanner needs a firmware update.",
                "hardware",
                "public",
                List.of()));
    act(SUPERVISOR, old, "retire").statusCode(200);

    // "snorkelwaxx" is no live article's word any more, so it is corrected to "snorkelwax"
    search(CUSTOMER, "snorkelwaxx")
        .statusCode(200)
        .body("items.articleId", contains(live.toString()));
  }

  private OptionalInt documentsUsing(String word) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("select ndoc from kb_word where word = ?")) {
      select.setString(1, word);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
      }
    }
  }
}

package dev.switchboard.metrics.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.is;

import dev.switchboard.localinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The UCI subset (2016) imported as history; no other test writes facts in 2015-2017. */
@QuarkusTest
class HistoryImportTest {

  private static void importUciSubset() throws Exception {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("text/csv")
        .body(Files.readAllBytes(Corpus.uciIncidentLog()))
        .post("/api/v1/admin/imports/servicenow")
        .then()
        .statusCode(200)
        .body("incidents", is(890))
        .body("events", is(5998));
  }

  private static JsonPath experienceOf2016() {
    return given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .queryParam("from", "2015-01-01")
        .queryParam("to", "2017-12-31")
        .queryParam("by", "channel")
        .get("/api/v1/experience")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void importedUciSubsetReportsWhatItsFactsStateAndASecondImportChangesNothing() throws Exception {
    importUciSubset();
    importUciSubset();

    JsonPath report = experienceOf2016();

    assertThat(report.getInt("total.tickets")).isEqualTo(890);
    assertThat(report.getInt("total.resolved")).isEqualTo(890);
    assertThat(report.getInt("total.reopened")).isEqualTo(10);
    assertThat(report.getDouble("total.reopenRate")).isCloseTo(10.0 / 890, within(1e-6));
    assertThat(report.getDouble("total.medianResolutionMinutes") / 60)
        .isCloseTo(54.47, within(0.05));
    assertThat(report.getInt("total.slaMet")).isEqualTo(495);
    assertThat(report.getInt("total.slaMeasured")).isEqualTo(890);
    assertThat(report.getDouble("total.slaCompliance")).isCloseTo(495.0 / 890, within(1e-6));
    assertThat(report.getInt("total.contacts")).isEqualTo(890);
    assertThat(report.getList("groups.key")).containsExactly("phone");
  }

  @Test
  void somethingElseThanAnIncidentLogIs400AndOnlyAdminsImport() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("text/csv")
        .body("name,age\nana,3\n")
        .post("/api/v1/admin/imports/servicenow")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .contentType("text/csv")
        .body("number\n")
        .post("/api/v1/admin/imports/servicenow")
        .then()
        .statusCode(403);
  }
}

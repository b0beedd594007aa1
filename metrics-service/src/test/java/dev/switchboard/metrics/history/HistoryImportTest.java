package dev.switchboard.metrics.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.is;

import dev.switchboard.localinfra.TestTokens;
import dev.switchboard.metrics.ExperienceApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The UCI subset imported as history: opened 2016-02-29 .. 2016-03-02, last closed 2017-02-04; no
 * other test writes facts in 2016-2017.
 */
@QuarkusTest
class HistoryImportTest {

  /** Imports the subset; returns the range it covers, as the import answers it. */
  private static JsonPath importUciSubset() throws Exception {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("text/csv")
        .body(Files.readAllBytes(Corpus.uciIncidentLog()))
        .post("/api/v1/admin/imports/servicenow")
        .then()
        .statusCode(200)
        .body("incidents", is(890))
        .body("events", is(5998))
        .extract()
        .jsonPath();
  }

  private static JsonPath experience(String from, String to) {
    return ExperienceApi.experience(from, to, "channel");
  }

  @Test
  void importedUciSubsetReportsWhatItsFactsStateAndASecondImportChangesNothing() throws Exception {
    importUciSubset();
    JsonPath imported = importUciSubset();
    String from = imported.getString("from");
    String to = imported.getString("to");
    assertThat(from).isEqualTo("2016-02-29");
    assertThat(to).isEqualTo("2017-02-04");

    JsonPath report = experience(from, to);

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

  /**
   * Resolved tickets, their rates and resolution times count on the day first resolved: one
   * incident opened in 2016 was first resolved on 2017-01-30, so 2016 alone has 889 of the 890.
   */
  @Test
  void aRangeCountsTicketsOpenedInItAndTicketsFirstResolvedInIt() throws Exception {
    importUciSubset();

    JsonPath year2016 = experience("2016-01-01", "2016-12-31");
    assertThat(year2016.getInt("total.tickets")).isEqualTo(890);
    assertThat(year2016.getInt("total.resolved")).isEqualTo(889);
    assertThat(year2016.getInt("total.reopened")).isEqualTo(10);
    JsonPath january2017 = experience("2017-01-01", "2017-01-31");
    assertThat(january2017.getInt("total.tickets")).isZero();
    assertThat(january2017.getInt("total.resolved")).isEqualTo(1);
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

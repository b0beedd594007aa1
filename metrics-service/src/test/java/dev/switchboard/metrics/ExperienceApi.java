package dev.switchboard.metrics;

import static io.restassured.RestAssured.given;

import dev.switchboard.localinfra.TestTokens;
import io.restassured.path.json.JsonPath;

/** Reads the experience report as a supervisor, for tests that check its figures. */
public final class ExperienceApi {

  private ExperienceApi() {}

  /** The report over {@code from..to} grouped {@code by} (channel, type, category, group). */
  public static JsonPath experience(String from, String to, String by) {
    return given()
        .auth()
        .oauth2(TestTokens.supervisor("sam"))
        .queryParam("from", from)
        .queryParam("to", to)
        .queryParam("by", by)
        .get("/api/v1/experience")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}

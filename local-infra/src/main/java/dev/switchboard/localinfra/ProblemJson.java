package dev.switchboard.localinfra;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.net.http.HttpResponse;

/** Assertions on the RFC 9457 problem+json answers of API.md's Conventions, for API tests. */
public final class ProblemJson {

  private ProblemJson() {}

  /** A problem+json answer with {@code status} and its type, title, status and detail. */
  public static ValidatableResponse assertProblem(Response response, int status) {
    return response
        .then()
        .statusCode(status)
        .contentType(startsWith("application/problem+json"))
        .body("type", not(emptyOrNullString()))
        .body("title", not(emptyOrNullString()))
        .body("status", equalTo(status))
        .body("detail", not(emptyOrNullString()));
  }

  /**
   * The same for an answer taken with the JDK's client or a socket (bodies RestAssured cannot
   * send).
   */
  public static JsonPath assertProblem(HttpResponse<String> response, int status) {
    return assertProblem(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        status);
  }

  public static JsonPath assertProblem(
      int actualStatus, String contentType, String body, int status) {
    assertThat(actualStatus, equalTo(status));
    assertThat(contentType, startsWith("application/problem+json"));
    JsonPath problem = JsonPath.from(body);
    assertThat(problem.getString("type"), not(emptyOrNullString()));
    assertThat(problem.getString("title"), not(emptyOrNullString()));
    assertThat(problem.getInt("status"), equalTo(status));
    assertThat(problem.getString("detail"), not(emptyOrNullString()));
    return problem;
  }

  /** A 400 validation problem whose {@code errors[]} name {@code field}, each with a message. */
  public static ValidatableResponse assertInvalidField(Response response, String field) {
    return assertProblem(response, 400)
        .body("errors.field", hasItem(field))
        .body("errors.message", everyItem(not(emptyOrNullString())));
  }
}

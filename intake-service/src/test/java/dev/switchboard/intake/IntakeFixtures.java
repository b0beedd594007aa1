package dev.switchboard.intake;

import static io.restassured.RestAssured.given;

import dev.switchboard.localinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** Shared test fixtures: fresh customers with their own tokens, and contacts posted as they are. */
public final class IntakeFixtures {

  public static final String AGENT = TestTokens.agent("agent1");

  private IntakeFixtures() {}

  /** A customer nobody has seen yet, with a token carrying their e-mail and subject. */
  public record Person(String user, String email, String token) {
    public static Person fresh() {
      String user = "cust-" + UUID.randomUUID().toString().substring(0, 8);
      String email = user + "@example.org";
      return new Person(user, email, TestTokens.token(user, email, "customer"));
    }
  }

  public static Response post(String token, String path, Object body) {
    return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
  }

  /** The person opens a ticket through the portal; returns the contact answer. */
  public static JsonPath portalContact(Person person, String subject, String description) {
    return post(
            person.token(),
            "/api/v1/contacts",
            Map.of(
                "channel", "portal",
                "subject", subject,
                "description", description,
                "type", "incident",
                "category", "network",
                "impact", "medium",
                "urgency", "high"))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** A follow-up by the person on their ticket through the portal. */
  public static JsonPath followUp(Person person, String ticketNumber, String description) {
    return post(
            person.token(),
            "/api/v1/contacts",
            Map.of("channel", "portal", "ticketNumber", ticketNumber, "description", description))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** An agent moves the ticket (resolving with a resolution). */
  public static Response transition(String ticketId, String to) {
    Map<String, Object> body =
        "resolved".equals(to)
            ? Map.of("to", to, "resolution", Map.of("code", "solved", "summary", "Fixed it"))
            : Map.of("to", to);
    return post(AGENT, "/api/v1/tickets/" + ticketId + "/transitions", body);
  }

  public static JsonPath ticket(String token, String idOrNumber) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/tickets/" + idOrNumber)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}

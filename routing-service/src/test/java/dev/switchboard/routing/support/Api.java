package dev.switchboard.routing.support;

import static io.restassured.RestAssured.given;

import dev.switchboard.localinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Calls of the ticket-level routing API as one agent. */
public final class Api {

  private Api() {}

  public static Response get(String agent, String path) {
    return given().auth().oauth2(TestTokens.agent(agent)).get(path);
  }

  public static Response post(String agent, String path, Object body) {
    var request = given().auth().oauth2(TestTokens.agent(agent)).contentType(ContentType.JSON);
    return (body == null ? request : request.body(body)).post(path);
  }

  /** Waits until routing has assigned the ticket (owner set or queued in a group). */
  public static void awaitAssignment(UUID ticketId) {
    Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(
            () -> get("agent1", "/api/v1/tickets/" + ticketId + "/assignment").statusCode() == 200);
  }
}

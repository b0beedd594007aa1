package dev.switchboard.intake.contact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentContactTest {

  @Test
  void aRetryWithTheSameKeyAndBodyCreatesNothingNew() {
    Person ana = Person.fresh();
    String key = UUID.randomUUID().toString();
    Map<String, Object> body =
        Map.of("channel", "portal", "subject", "Disk full", "description", "C: is full");

    JsonPath first = send(ana, key, body).then().statusCode(201).extract().jsonPath();
    JsonPath retry = send(ana, key, body).then().statusCode(201).extract().jsonPath();

    assertThat(retry.getString("ticket.id")).isEqualTo(first.getString("ticket.id"));
    assertThat(retry.getString("interactionId")).isEqualTo(first.getString("interactionId"));
    assertHasOneTicket(ana);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422() {
    Person ana = Person.fresh();
    String key = UUID.randomUUID().toString();
    send(ana, key, Map.of("channel", "portal", "description", "Mouse broken"))
        .then()
        .statusCode(201);

    send(ana, key, Map.of("channel", "portal", "description", "Keyboard broken"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }

  @Test
  void concurrentRequestsWithTheSameKeyOpenOneTicketAndAllGetItsAnswer() throws Exception {
    Person ana = Person.fresh();
    String key = UUID.randomUUID().toString();
    Map<String, Object> body =
        Map.of("channel", "portal", "subject", "Printer offline", "description", "Floor 2");
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Future<JsonPath>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(
            callers.submit(() -> send(ana, key, body).then().statusCode(201).extract().jsonPath()));
      }
      Set<String> ticketIds = new HashSet<>();
      for (Future<JsonPath> answer : answers) {
        ticketIds.add(answer.get(30, TimeUnit.SECONDS).getString("ticket.id"));
      }
      assertThat(ticketIds).hasSize(1);
    } finally {
      callers.shutdownNow();
    }
    assertHasOneTicket(ana);
  }

  private static void assertHasOneTicket(Person customer) {
    given()
        .auth()
        .oauth2(customer.token())
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.equalTo(1));
  }

  private static io.restassured.response.Response send(
      Person person, String key, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(person.token())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/contacts");
  }
}

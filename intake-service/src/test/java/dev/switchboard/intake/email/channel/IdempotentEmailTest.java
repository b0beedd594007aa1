package dev.switchboard.intake.email.channel;

import static dev.switchboard.intake.email.channel.EmailFixtures.GATEWAY;
import static dev.switchboard.intake.email.channel.EmailFixtures.freshAddress;
import static dev.switchboard.intake.email.channel.EmailFixtures.mail;
import static dev.switchboard.intake.email.channel.EmailFixtures.messageId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.switchboard.intake.IntakeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentEmailTest {

  @Test
  void aRetryWithTheSameKeyAndMessageReturnsTheFirstAnswerAndRecordsNothingNew() {
    String key = UUID.randomUUID().toString();
    String raw = mail(freshAddress("ana"), messageId(), "Printer jams", "every page");

    JsonPath first = post(key, raw).then().statusCode(201).extract().jsonPath();
    JsonPath retry =
        post(key, raw)
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "true")
            .extract()
            .jsonPath();

    assertThat(retry.getString("outcome")).isEqualTo("created");
    assertThat(retry.getString("interactionId")).isEqualTo(first.getString("interactionId"));
    assertThat(retry.getString("ticket.id")).isEqualTo(first.getString("ticket.id"));
    assertThat(
            IntakeFixtures.ticket(IntakeFixtures.AGENT, first.getString("ticket.number"))
                .getList("interactions.findAll { it.direction == 'inbound' }"))
        .hasSize(1);
  }

  @Test
  void theSameKeyWithAnotherMessageIsRefusedAndRecordsNothing() {
    String key = UUID.randomUUID().toString();
    String ben = freshAddress("ben");
    post(key, mail(freshAddress("ana"), messageId(), "Mouse dead", "no light"))
        .then()
        .statusCode(201);

    post(key, mail(ben, messageId(), "Keyboard dead", "no keys"))
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(422));

    given()
        .auth()
        .oauth2(IntakeFixtures.AGENT)
        .queryParam("identity", "email:" + ben)
        .get("/api/v1/customers")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void theSameMessageAgainWithoutAKeyIsStillADuplicate() {
    String raw = mail(freshAddress("ana"), messageId(), "Screen dark", "black");
    post(null, raw).then().statusCode(201);

    post(null, raw).then().statusCode(200).body("outcome", equalTo("duplicate"));
  }

  private static Response post(String key, String raw) {
    var request =
        given()
            .auth()
            .oauth2(GATEWAY)
            .contentType("message/rfc822")
            .body(raw.getBytes(StandardCharsets.UTF_8));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.post("/api/v1/channels/email");
  }
}

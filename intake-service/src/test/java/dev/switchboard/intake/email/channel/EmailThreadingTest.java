package dev.switchboard.intake.email.channel;

import static dev.switchboard.intake.email.channel.EmailFixtures.awaitMail;
import static dev.switchboard.intake.email.channel.EmailFixtures.freshAddress;
import static dev.switchboard.intake.email.channel.EmailFixtures.header;
import static dev.switchboard.intake.email.channel.EmailFixtures.mail;
import static dev.switchboard.intake.email.channel.EmailFixtures.messageId;
import static dev.switchboard.intake.email.channel.EmailFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmailThreadingTest {

  @Test
  void newMailOpensATicketAndIsAcknowledgedInItsThread() throws Exception {
    String ana = freshAddress("ana");
    String id = messageId();
    JsonPath answer =
        post(mail(ana, id, "Printer on fire", "It smokes."))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(answer.getString("outcome")).isEqualTo("created");
    String number = answer.getString("ticket.number");

    MimeMessage ack = awaitMail(ana, 1);
    assertThat(ack.getSubject()).startsWith("[" + number + "]");
    assertThat(ack.getContent().toString()).contains(number, "What happens next");
    assertThat(header(ack, "Auto-Submitted")).isEqualTo("auto-replied");
    assertThat(header(ack, "Message-ID")).endsWith("@switchboard.local>");
    assertThat(header(ack, "In-Reply-To")).isEqualTo("<" + id + ">");
  }

  @Test
  void replyToTheAcknowledgementJoinsTheSameTicket() {
    String ana = freshAddress("ana");
    String number =
        post(mail(ana, messageId(), "VPN drops", "hourly"))
            .then()
            .statusCode(201)
            .extract()
            .path("ticket.number");
    String ackId = header(awaitMail(ana, 1), "Message-ID");

    JsonPath reply =
        post(mail(
                ana, messageId(), "Re: something else", "still dropping", "In-Reply-To: " + ackId))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(reply.getString("outcome")).isEqualTo("appended");
    assertThat(reply.getString("ticket.number")).isEqualTo(number);
    assertThat(
            IntakeFixtures.ticket(IntakeFixtures.AGENT, number).getList("interactions.direction"))
        .containsExactly("inbound", "outbound", "inbound");
  }

  @Test
  void replyAllByACopiedPersonJoinsTheTicket() {
    String ana = freshAddress("ana");
    String bob = freshAddress("bob");
    String number =
        post(mail(ana, messageId(), "Shared drive full", "no space", "Cc: Bob <" + bob + ">"))
            .then()
            .statusCode(201)
            .extract()
            .path("ticket.number");

    JsonPath reply =
        post(mail(bob, messageId(), "RE: [" + number + "] Shared drive full", "same for me"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(reply.getString("outcome")).isEqualTo("appended");
    assertThat(reply.getString("ticket.number")).isEqualTo(number);
  }

  @Test
  void aStrangerQuotingTheTicketNumberGetsANewRelatedTicket() {
    String ana = freshAddress("ana");
    String number =
        post(mail(ana, messageId(), "Salary question", "private"))
            .then()
            .statusCode(201)
            .extract()
            .path("ticket.number");

    JsonPath stranger =
        post(mail(freshAddress("mallory"), messageId(), "Re: [" + number + "]", "let me in"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(stranger.getString("ticket.number")).isNotEqualTo(number);
    JsonPath handled =
        io.restassured.RestAssured.given()
            .auth()
            .oauth2(IntakeFixtures.AGENT)
            .get("/api/v1/channels/email/messages/" + stranger.getString("interactionId"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(handled.getString("threading")).contains("related to " + number);
    assertThat(handled.getString("relatedTicketId")).isNotBlank();
  }

  @Test
  void aTicketNumberInTheBodyOfTheCustomersNewMailJoinsTheirTicket() {
    String ana = freshAddress("ana");
    String number =
        post(mail(ana, messageId(), "Scanner offline", "cannot scan"))
            .then()
            .statusCode(201)
            .extract()
            .path("ticket.number");

    JsonPath followUp =
        post(mail(ana, messageId(), "Still broken", "About " + number + ": it is still offline."))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(followUp.getString("outcome")).isEqualTo("appended");
    assertThat(followUp.getString("ticket.number")).isEqualTo(number);
    assertThat(
            io.restassured.RestAssured.given()
                .auth()
                .oauth2(IntakeFixtures.AGENT)
                .get("/api/v1/channels/email/messages/" + followUp.getString("interactionId"))
                .then()
                .statusCode(200)
                .extract()
                .<String>path("threading"))
        .startsWith("body quotes " + number);
  }

  @Test
  void theSameMessageTwiceIsOneInteraction() {
    String raw = mail(freshAddress("ana"), messageId(), "Keyboard", "sticky keys");
    String number = post(raw).then().statusCode(201).extract().path("ticket.number");

    JsonPath again = post(raw).then().statusCode(200).extract().jsonPath();
    assertThat(again.getString("outcome")).isEqualTo("duplicate");
    assertThat(again.getString("ticket.number")).isEqualTo(number);
    assertThat(
            IntakeFixtures.ticket(IntakeFixtures.AGENT, number).getList("interactions.direction"))
        .containsOnlyOnce("inbound");
  }
}

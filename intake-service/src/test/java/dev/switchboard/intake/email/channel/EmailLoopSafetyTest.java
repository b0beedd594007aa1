package dev.switchboard.intake.email.channel;

import static dev.switchboard.intake.email.channel.EmailFixtures.awaitMail;
import static dev.switchboard.intake.email.channel.EmailFixtures.freshAddress;
import static dev.switchboard.intake.email.channel.EmailFixtures.header;
import static dev.switchboard.intake.email.channel.EmailFixtures.mail;
import static dev.switchboard.intake.email.channel.EmailFixtures.messageId;
import static dev.switchboard.intake.email.channel.EmailFixtures.post;
import static dev.switchboard.intake.email.channel.EmailFixtures.postAs;
import static dev.switchboard.intake.email.channel.EmailFixtures.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.localinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmailLoopSafetyTest {

  @Test
  void outOfOfficeReplyToTheAcknowledgementOpensNothingAndGetsNoReply() throws Exception {
    String ana = freshAddress("ana");
    String number =
        post(mail(ana, messageId(), "Laptop slow", "very"))
            .then()
            .statusCode(201)
            .extract()
            .path("ticket.number");
    String ackId = header(awaitMail(ana, 1), "Message-ID");

    JsonPath ooo =
        post(mail(
                ana,
                messageId(),
                "Automatic reply: [" + number + "] Laptop slow",
                "I am out of the office until Monday.",
                "Auto-Submitted: auto-replied",
                "In-Reply-To: " + ackId))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(ooo.getString("outcome")).isEqualTo("ignored");
    assertThat(ooo.getString("reason")).isEqualTo("auto_reply");
    assertThat(ooo.getString("ticket.number")).isEqualTo(number);
    Thread.sleep(1500); // the outbox is polled every 0.2 s in tests
    assertThat(sentTo(ana)).hasSize(1);
  }

  @Test
  void bounceOfTheAcknowledgementIsAttachedToTheResolvedTicketAndDoesNotReopenIt() {
    String ana = freshAddress("ana");
    JsonPath created =
        post(mail(ana, messageId(), "Monitor flickers", "flicker"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String number = created.getString("ticket.number");
    String ackId = header(awaitMail(ana, 1), "Message-ID");
    IntakeFixtures.transition(created.getString("ticket.id"), "resolved").then().statusCode(200);
    assertThat(IntakeFixtures.ticket(IntakeFixtures.AGENT, number).getString("status"))
        .isEqualTo("resolved");

    String bounce =
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n"
            + "To: support@switchboard.local\r\n"
            + "Subject: Undelivered Mail Returned to Sender\r\n"
            + "Message-ID: <"
            + messageId()
            + ">\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
            + "--b\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; "
            + ana
            + "\r\nAction: failed\r\nStatus: 5.1.1\r\n"
            + "--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: "
            + ackId
            + "\r\nSubject: ["
            + number
            + "] Monitor flickers\r\n\r\n--b--\r\n";
    JsonPath answer = post(bounce).then().statusCode(200).extract().jsonPath();
    assertThat(answer.getString("outcome")).isEqualTo("ignored");
    assertThat(answer.getString("reason")).isEqualTo("bounce");
    assertThat(answer.getString("ticket.number")).isEqualTo(number);
    JsonPath ticket = IntakeFixtures.ticket(IntakeFixtures.AGENT, number);
    assertThat(ticket.getString("status")).isEqualTo("resolved");
    assertThat(ticket.getList("interactions.kind")).contains("bounce");
    assertThat(ticket.getList("interactions.subject"))
        .contains("Undelivered Mail Returned to Sender");
    assertThat(ticket.getList("interactions.id")).contains(answer.getString("interactionId"));
    JsonPath audit =
        io.restassured.RestAssured.given()
            .auth()
            .oauth2(IntakeFixtures.AGENT)
            .get("/api/v1/tickets/" + number + "/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(audit.getList("action", String.class))
        .noneMatch(action -> action.endsWith("->reopened"));
  }

  @Test
  void onlyTheGatewayOrAnAgentMayPostMail() {
    postAs(TestTokens.customer("ana"), mail("ana@example.org", messageId(), "x", "y"))
        .then()
        .statusCode(403);
  }
}

package dev.switchboard.intake.email.channel;

import static dev.switchboard.intake.email.channel.EmailFixtures.awaitMail;
import static dev.switchboard.intake.email.channel.EmailFixtures.freshAddress;
import static dev.switchboard.intake.email.channel.EmailFixtures.header;
import static dev.switchboard.intake.email.channel.EmailFixtures.mail;
import static dev.switchboard.intake.email.channel.EmailFixtures.messageId;
import static dev.switchboard.intake.email.channel.EmailFixtures.post;
import static dev.switchboard.intake.email.channel.EmailFixtures.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmailOutboundTest {

  /** {@code switchboard.email.max-automatic-per-hour}. */
  private static final int AUTOMATIC_PER_HOUR = 5;

  @Test
  void anAgentsPublicReplyOnAnEmailTicketGoesOutBySmtpInTheTicketsThread() throws Exception {
    String ana = freshAddress("ana");
    String original = messageId();
    JsonPath created =
        post(mail(ana, original, "Calendar sync", "meetings vanish"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String number = created.getString("ticket.number");
    awaitMail(ana, 1);

    IntakeFixtures.post(
            IntakeFixtures.AGENT,
            "/api/v1/tickets/" + created.getString("ticket.id") + "/interactions",
            Map.of("body", "Please remove and re-add the account.", "visibility", "public"))
        .then()
        .statusCode(201);

    MimeMessage reply = awaitMail(ana, 2);
    assertThat(reply.getSubject()).contains("[" + number + "]");
    assertThat(reply.getContent().toString()).contains("re-add the account");
    assertThat(header(reply, "In-Reply-To")).startsWith("<").endsWith(">");
    assertThat(header(reply, "References")).contains("<" + original + ">");
    assertThat(header(reply, "Message-ID")).endsWith("@switchboard.local>");
  }

  @Test
  void noAddressGetsMoreAutomaticMailsPerHourThanTheLimit() throws Exception {
    String ana = freshAddress("ana");
    for (int i = 0; i < AUTOMATIC_PER_HOUR + 2; i++) {
      post(mail(ana, messageId(), "Problem number " + i, "another thing broke: " + i))
          .then()
          .statusCode(201);
    }
    awaitMail(ana, AUTOMATIC_PER_HOUR);
    Thread.sleep(1500); // the outbox is polled every 0.2 s in tests
    assertThat(sentTo(ana)).hasSize(AUTOMATIC_PER_HOUR);
  }
}

package dev.switchboard.intake.email.channel;

import static dev.switchboard.intake.email.channel.EmailFixtures.GATEWAY;
import static dev.switchboard.intake.email.channel.EmailFixtures.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.email.corpus.EmailCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real mail whose From: is no deliverable address (a bare {@code MAILER-DAEMON}, spaces or a stray
 * {@code >} in it, a one-word local name) or whose text carries NUL characters, posted through
 * {@code POST /api/v1/channels/email} as a mail gateway would. Refusing them would make the gateway
 * or the IMAP poller retry forever, so each is accepted, kept raw, and never answered.
 */
@QuarkusTest
class OddSendersThroughTheEndpointTest {

  /** Every corpus mail that this endpoint once refused (400) or failed on (500). */
  private static final List<String> ODD =
      List.of(
          "sisimai-set-of-emails/maildir/bsd/lhost-barracuda-02.eml",
          "sisimai-set-of-emails/maildir/bsd/lhost-sendmail-04.eml",
          "sisimai-set-of-emails/maildir/bsd/lhost-x1-02.eml",
          "sisimai-set-of-emails/maildir/bsd/lhost-x6-01.eml",
          "sisimai-set-of-emails/maildir/bsd/lhost-office365-01.eml",
          "sisimai-set-of-emails/maildir/bsd/lhost-x2-04.eml",
          "sisimai-set-of-emails/maildir/bsd/rfc3464-66.eml",
          "zammad/mail/mail071.box",
          "zammad/mail/mail076.box",
          "zammad/mail/mail087.box",
          "mime4j/mimetools-testmsgs/re-fwd.msg",
          "mime4j/mimetools-testmsgs/uu-zeegee.msg");

  @Test
  void mailFromOddSendersIsAcceptedKeptAndNeverAnswered() throws Exception {
    for (String name : ODD) {
      Path file = EmailCorpus.file(name);
      byte[] raw = EmailCorpus.read(file);
      Response answer =
          given()
              .auth()
              .oauth2(GATEWAY)
              .contentType("message/rfc822")
              .body(raw)
              .post("/api/v1/channels/email");
      assertThat(answer.statusCode()).as(name + ": " + answer.asString()).isIn(200, 201);
      given()
          .auth()
          .oauth2(IntakeFixtures.AGENT)
          .get("/api/v1/channels/email/messages/" + answer.path("interactionId"))
          .then()
          .statusCode(200);
    }
    Thread.sleep(1500); // the outbox is polled every 0.2 s in tests
    List<String> answered =
        ODD.stream()
            .map(name -> EmailCorpus.PARSER.parse(EmailCorpus.read(EmailCorpus.file(name))))
            .filter(mail -> !mail.messageId().isEmpty())
            .filter(
                mail ->
                    Arrays.stream(GreenMailResource.greenMail.getReceivedMessages())
                        .anyMatch(
                            sent ->
                                ("<" + mail.messageId() + ">").equals(header(sent, "In-Reply-To"))))
            .map(mail -> mail.messageId())
            .toList();
    assertThat(answered).isEmpty();
  }

  @Test
  void aBareMailerDaemonSenderGetsAnIdentityAtTheInvalidDomain() {
    String customerId =
        given()
            .auth()
            .oauth2(GATEWAY)
            .contentType("message/rfc822")
            .body(
                EmailCorpus.read(
                    EmailCorpus.file("sisimai-set-of-emails/maildir/bsd/lhost-x6-01.eml")))
            .post("/api/v1/channels/email")
            .then()
            .statusCode(200)
            .extract()
            .path("customerId");
    List<String> identities =
        given()
            .auth()
            .oauth2(IntakeFixtures.AGENT)
            .get("/api/v1/customers/" + customerId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("identities.value");
    assertThat(identities).contains("mailer-daemon@invalid");
  }
}

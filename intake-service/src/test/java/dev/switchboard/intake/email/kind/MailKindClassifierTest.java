package dev.switchboard.intake.email.kind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.email.mime.MailLimits;
import dev.switchboard.intake.email.mime.MailParser;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailKindClassifierTest {

  private final MailKindClassifier classifier = new MailKindClassifier(Set.of("desk.example.com"));

  private MailClassification classify(String headers, String body) {
    String raw = (headers + "\n\n" + body).replace("\n", "\r\n");
    return classifier.classify(
        new MailParser(MailLimits.DEFAULT).parse(raw.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void plainMailIsNormal() {
    assertThat(classify("From: ana@example.org\nSubject: Printer broken", "help").kind())
        .isEqualTo(MailKind.NORMAL);
  }

  @Test
  void autoSubmittedPrecedenceAndVacationSubjectsAreAutoReplies() {
    assertThat(classify("From: a@x.org\nAuto-Submitted: auto-replied", "").kind())
        .isEqualTo(MailKind.AUTO_REPLY);
    assertThat(classify("From: a@x.org\nAuto-Submitted: no", "").kind()).isEqualTo(MailKind.NORMAL);
    assertThat(classify("From: a@x.org\nPrecedence: junk", "").kind())
        .isEqualTo(MailKind.AUTO_REPLY);
    assertThat(classify("From: a@x.org\nX-Autoreply: yes", "").kind())
        .isEqualTo(MailKind.AUTO_REPLY);
    assertThat(classify("From: a@x.org\nSubject: Abwesenheitsnotiz: [SD-4]", "").kind())
        .isEqualTo(MailKind.AUTO_REPLY);
    assertThat(classify("From: a@x.org\nSubject: Réponse automatique", "").kind())
        .isEqualTo(MailKind.AUTO_REPLY);
  }

  @Test
  void autoReplyPointsAtTheMessageItAnswers() {
    var result =
        classify(
            "From: a@x.org\nSubject: Out of Office\nIn-Reply-To: <ack-1@desk.example.com>", "");
    assertThat(result.originalMessageId()).contains("ack-1@desk.example.com");
  }

  @Test
  void deliveryStatusReportIsABounceOfTheEnclosedMessage() {
    var result =
        classify(
            "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=r",
            """
            --r
            Content-Type: text/plain

            could not deliver
            --r
            Content-Type: message/delivery-status

            Action: failed
            --r
            Content-Type: message/rfc822

            Message-ID: <ack-7@desk.example.com>
            Subject: [SD-7] received

            body
            --r--
            """);
    assertThat(result.kind()).isEqualTo(MailKind.BOUNCE);
    assertThat(result.originalMessageId()).contains("ack-7@desk.example.com");
  }

  @Test
  void failedRecipientsHeaderMakesABounce() {
    assertThat(classify("From: someone@x.org\nX-Failed-Recipients: b@y.org", "").kind())
        .isEqualTo(MailKind.BOUNCE);
  }

  @Test
  void feedbackReportIsRecognised() {
    assertThat(
            classify(
                    "From: abuse@isp.org\nContent-Type: multipart/report;"
                        + " report-type=feedback-report; boundary=f",
                    "--f\nContent-Type: text/plain\n\nabuse\n--f--\n")
                .kind())
        .isEqualTo(MailKind.FEEDBACK_REPORT);
  }

  @Test
  void ourOwnMailComingBackIsALoop() {
    assertThat(classify("From: a@x.org\nX-Loop: support@desk.example.com", "").kind())
        .isEqualTo(MailKind.LOOP);
    assertThat(classify("From: a@x.org\nMessage-ID: <sb-1@desk.example.com>", "").kind())
        .isEqualTo(MailKind.LOOP);
  }
}

package dev.switchboard.intake.email.channel;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.switchboard.localinfra.TestTokens;
import io.restassured.response.Response;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Raw mails for the e-mail channel tests, and the mail our desk sent, as GreenMail received it. */
public final class EmailFixtures {

  static final String GATEWAY = TestTokens.integrator();

  private EmailFixtures() {}

  /** A fresh address nobody has written from yet. */
  public static String freshAddress(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  public static String messageId() {
    return UUID.randomUUID() + "@mail.example.org";
  }

  /** A plain mail; {@code extraHeaders} are full header lines. */
  public static String mail(
      String from, String messageId, String subject, String body, String... extraHeaders) {
    StringBuilder raw = new StringBuilder();
    raw.append("From: ").append(from).append("\r\n");
    raw.append("To: ").append(GreenMailResource.DESK).append("\r\n");
    raw.append("Subject: ").append(subject).append("\r\n");
    raw.append("Message-ID: <").append(messageId).append(">\r\n");
    raw.append("Date: Thu, 03 Dec 2026 10:00:00 +0000\r\n");
    for (String header : extraHeaders) {
      raw.append(header).append("\r\n");
    }
    raw.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
    raw.append(body).append("\r\n");
    return raw.toString();
  }

  public static Response post(String raw) {
    return postAs(GATEWAY, raw);
  }

  static Response postAs(String token, String raw) {
    return given()
        .auth()
        .oauth2(token)
        .contentType("message/rfc822")
        .body(raw.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/channels/email");
  }

  /** The mails our desk sent to this address so far. */
  static List<MimeMessage> sentTo(String address) {
    return Arrays.stream(GreenMailResource.greenMail.getReceivedMessages())
        .filter(message -> recipients(message).contains(address))
        .toList();
  }

  /** Waits for the n-th mail to this address and returns it. */
  public static MimeMessage awaitMail(String address, int count) {
    await().atMost(Duration.ofSeconds(20)).until(() -> sentTo(address).size() >= count);
    return sentTo(address).get(count - 1);
  }

  static String header(MimeMessage message, String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null ? null : values[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getRecipients(Message.RecipientType.TO))
          + Arrays.toString(message.getRecipients(Message.RecipientType.CC));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.switchboard.intake.contact;

import static dev.switchboard.localinfra.ProblemJson.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures.Person;
import dev.switchboard.localinfra.RowCounts;
import dev.switchboard.localinfra.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Body limits hold for bodies without a Content-Length (chunked: RestAssured sends an InputStream
 * so) and answer in problem+json, also beyond the HTTP layer's own 25 MiB limit.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

  private static final int MIB = 1 << 20;

  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "quarkus.http.test-port")
  int port;

  @Test
  void aChunkedJsonBodyOverTheJsonLimitIs413ProblemAndStoresNothing() {
    Person ana = Person.fresh();
    Map<String, Long> before = stored();

    assertProblem(
        given()
            .auth()
            .oauth2(ana.token())
            .contentType(ContentType.JSON)
            .body(jsonWithDescriptionOf(MIB + 10_000))
            .post("/api/v1/contacts"),
        413);

    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aChunkedJsonBodyUnderTheLimitIsAccepted() {
    given()
        .auth()
        .oauth2(Person.fresh().token())
        .contentType(ContentType.JSON)
        .body(jsonWithDescriptionOf(90_000))
        .post("/api/v1/contacts")
        .then()
        .statusCode(201);
  }

  @Test
  void aChunkedRawMailOverTheHttpLimitIs413Problem() throws Exception {
    Map<String, Long> before = stored();
    InputStream mail =
        new SequenceInputStream(
            text(
                "From: ana@example.org\r\nTo: support@switchboard.local\r\nSubject: big\r\n"
                    + "Message-ID: <big@example.org>\r\n\r\n"),
            repeated((byte) 'x', 25L * MIB + 1024));

    assertProblem(postMail(HttpRequest.BodyPublishers.ofInputStream(() -> mail)), 413);

    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aDeclaredLengthOverTheHttpLimitIs413Problem() throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      String head =
          "POST /api/v1/channels/email HTTP/1.1\r\nHost: localhost\r\n"
              + "Authorization: Bearer "
              + TestTokens.integrator()
              + "\r\nContent-Type: message/rfc822\r\nContent-Length: "
              + 26 * MIB
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      // refused on the headers alone, before any of the body is sent; then the server closes
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String[] headAndBody = answer.split("\r\n\r\n", 2);
      String contentType =
          headAndBody[0]
              .lines()
              .filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
              .map(line -> line.substring("content-type:".length()).trim())
              .findFirst()
              .orElse("");
      int status = Integer.parseInt(headAndBody[0].split(" ")[1]);
      assertProblem(status, contentType, headAndBody.length > 1 ? headAndBody[1] : "", 413);
    }
  }

  /** With the JDK's client: RestAssured logs a failed request's body, at 25 MiB beyond the heap. */
  private HttpResponse<String> postMail(HttpRequest.BodyPublisher body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/channels/email"))
            .header("Authorization", "Bearer " + TestTokens.integrator())
            .header("Content-Type", "message/rfc822")
            .timeout(Duration.ofSeconds(120))
            .POST(body)
            .build();
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static InputStream jsonWithDescriptionOf(int length) {
    return new SequenceInputStream(
        new SequenceInputStream(
            text("{\"channel\": \"portal\", \"description\": \""), repeated((byte) 'x', length)),
        text("\"}"));
  }

  private static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code count} copies of {@code b}, generated as read (never all in memory). */
  private static InputStream repeated(byte b, long count) {
    return new InputStream() {
      private long left = count;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        left--;
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        java.util.Arrays.fill(buffer, offset, offset + n, b);
        left -= n;
        return n;
      }
    };
  }

  private Map<String, Long> stored() {
    return RowCounts.of(dataSource, "customer", "ticket", "interaction");
  }
}

package dev.switchboard.localinfra.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Calls the running stack's public APIs with a bearer token from the local Keycloak: the gateway's
 * client-credentials token, or a demo user's password-grant token. Renews the token before it
 * expires, so long imports and benchmarks keep going.
 */
public final class StackClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI tokenUrl;
  private final Map<String, String> grant;
  private final Supplier<String> fixedTokens;
  private String token;
  private Instant renewAt = Instant.EPOCH;

  private StackClient(URI tokenUrl, Map<String, String> grant) {
    this.tokenUrl = tokenUrl;
    this.grant = grant;
    this.fixedTokens = null;
  }

  private StackClient(Supplier<String> tokens) {
    this.tokenUrl = null;
    this.grant = Map.of();
    this.fixedTokens = tokens;
  }

  /** Tokens from elsewhere (tests sign their own); the supplier is asked on every request. */
  public static StackClient withTokens(Supplier<String> tokens) {
    return new StackClient(tokens);
  }

  /** The mail gateway's identity (role {@code integrator}). */
  public static StackClient gateway(URI tokenUrl) {
    return new StackClient(
        tokenUrl,
        Map.of(
            "grant_type", "client_credentials",
            "client_id", "switchboard-gateway",
            "client_secret", "gateway-secret"));
  }

  /** A demo user (password = user name). */
  public static StackClient user(URI tokenUrl, String user) {
    return new StackClient(
        tokenUrl,
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "switchboard-cli",
            "username",
            user,
            "password",
            user));
  }

  /** POSTs a body; IO failures come back as an exception for the caller to count. */
  HttpResponse<String> post(URI uri, String contentType, byte[] body, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token())
            .header("Content-Type", contentType)
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs JSON and reads the answer as JSON ({@code {}} when the body is empty or not JSON). */
  public Answer postJson(URI uri, Object body, String idempotencyKey)
      throws IOException, InterruptedException {
    return Answer.of(post(uri, "application/json", JSON.writeValueAsBytes(body), idempotencyKey));
  }

  /** GETs a resource; IO failures come back as an exception for the caller to count. */
  public Answer get(URI uri) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token())
            .GET()
            .build();
    return Answer.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  /** A status and a JSON body. */
  public record Answer(int status, JsonNode body, boolean replayed) {

    static Answer of(HttpResponse<String> response) {
      return new Answer(
          response.statusCode(),
          parse(response.body()),
          response.headers().firstValue("Idempotent-Replayed").isPresent());
    }

    public boolean ok() {
      return status / 100 == 2;
    }
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body == null || body.isEmpty() ? "{}" : body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private synchronized String token() throws IOException, InterruptedException {
    if (fixedTokens != null) {
      return fixedTokens.get();
    }
    if (token == null || Instant.now().isAfter(renewAt)) {
      String form =
          grant.entrySet().stream()
              .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(tokenUrl)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(
            "no token from " + tokenUrl + ": " + response.statusCode() + " " + response.body());
      }
      JsonNode json = JSON.readTree(response.body());
      token = json.path("access_token").asText();
      renewAt = Instant.now().plusSeconds(Math.max(10, json.path("expires_in").asLong(300) - 60));
    }
    return token;
  }
}

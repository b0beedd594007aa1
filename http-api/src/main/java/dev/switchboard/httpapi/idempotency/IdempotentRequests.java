package dev.switchboard.httpapi.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.httpapi.problem.ApiProblem;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The {@code Idempotency-Key} contract of every creating POST: the first answer is stored in the
 * same transaction as what it created; a repeat with the same key and body gets that answer and
 * creates nothing; the same key with another body is refused with 422.
 */
@ApplicationScoped
public class IdempotentRequests {

  public static final String HEADER = "Idempotency-Key";
  private static final int MAX_KEY_LENGTH = 200;

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;

  IdempotentRequests(AgroalDataSource dataSource, ObjectMapper json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  /**
   * Runs {@code action} once per (scope, key).
   *
   * @param scope what the key is unique within: caller and operation, e.g. {@code "ana:POST
   *     /contacts"}
   * @param request the request body (a DTO or raw bytes) whose fingerprint must match on repeats
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Response once(String key, String scope, Object request, Supplier<Response> action) {
    if (key == null || key.isBlank()) {
      return action.get();
    }
    if (key.length() > MAX_KEY_LENGTH) {
      throw ApiProblem.invalid(HEADER, "must be at most " + MAX_KEY_LENGTH + " characters");
    }
    String hash = fingerprint(request);
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement lock =
          connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
        lock.setLong(1, (scope + '\n' + key).hashCode());
        lock.execute();
      }
      try (PreparedStatement find =
          connection.prepareStatement(
              "select request_hash, status, body from http_idempotency where scope = ? and idem_key = ?")) {
        find.setString(1, scope);
        find.setString(2, key);
        try (ResultSet rs = find.executeQuery()) {
          if (rs.next()) {
            if (!rs.getString(1).equals(hash)) {
              throw ApiProblem.unprocessable(
                  "idempotency-key-reused",
                  "this Idempotency-Key was used with a different request body");
            }
            return Response.status(rs.getInt(2))
                .type(MediaType.APPLICATION_JSON)
                .entity(rs.getString(3))
                .header("Idempotent-Replayed", "true")
                .build();
          }
        }
      }
      Response response = action.get();
      try (PreparedStatement remember =
          connection.prepareStatement(
              "insert into http_idempotency (scope, idem_key, request_hash, status, body)"
                  + " values (?, ?, ?, ?, ?)")) {
        remember.setString(1, scope);
        remember.setString(2, key);
        remember.setString(3, hash);
        remember.setInt(4, response.getStatus());
        remember.setString(5, json.writeValueAsString(response.getEntity()));
        remember.executeUpdate();
      }
      return response;
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("idempotency store unavailable", e);
    }
  }

  private String fingerprint(Object request) {
    try {
      byte[] bytes = request instanceof byte[] raw ? raw : json.writeValueAsBytes(request);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint request", e);
    }
  }
}

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
      // Claiming the key first makes a concurrent request with the same key wait on the unique
      // index until this transaction ends, then find the stored answer (or claim the key itself
      // if this one rolled back).
      if (!claim(connection, scope, key, hash)) {
        return stored(connection, scope, key, hash);
      }
      Response response = action.get();
      try (PreparedStatement remember =
          connection.prepareStatement(
              "update http_idempotency set status = ?, body = ? where scope = ? and idem_key = ?")) {
        remember.setInt(1, response.getStatus());
        remember.setString(2, json.writeValueAsString(response.getEntity()));
        remember.setString(3, scope);
        remember.setString(4, key);
        remember.executeUpdate();
      }
      return response;
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("idempotency store unavailable", e);
    }
  }

  /** Whether this request is the first with the key (its answer is stored later, in this tx). */
  private static boolean claim(Connection connection, String scope, String key, String hash)
      throws SQLException {
    try (PreparedStatement claim =
        connection.prepareStatement(
            "insert into http_idempotency (scope, idem_key, request_hash, status, body)"
                + " values (?, ?, ?, 0, '') on conflict do nothing")) {
      claim.setString(1, scope);
      claim.setString(2, key);
      claim.setString(3, hash);
      return claim.executeUpdate() == 1;
    }
  }

  /** The answer stored for the key, or 422 when it was used with another body. */
  private static Response stored(Connection connection, String scope, String key, String hash)
      throws SQLException {
    try (PreparedStatement find =
        connection.prepareStatement(
            "select request_hash, status, body from http_idempotency where scope = ? and idem_key = ?")) {
      find.setString(1, scope);
      find.setString(2, key);
      try (ResultSet rs = find.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("idempotency record vanished for " + scope);
        }
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

  private String fingerprint(Object request) {
    try {
      byte[] bytes = request instanceof byte[] raw ? raw : json.writeValueAsBytes(request);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint request", e);
    }
  }
}

package dev.switchboard.metrics.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** A random single-use survey token; only its SHA-256 hash is stored once the link is sent. */
public record SurveyToken(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  static SurveyToken random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new SurveyToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  String hash() {
    return hashOf(value);
  }

  public static String hashOf(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}

package dev.switchboard.localinfra.tools;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One thing to send: a raw e-mail for the email channel, or a contact JSON for the contacts API.
 *
 * @param source where it came from ({@code file}, {@code file#3}, {@code file:row 12}) for messages
 * @param idempotencyKey derived from the source and its content, so a re-run creates nothing new
 */
record ImportItem(Kind kind, String source, byte[] body, String idempotencyKey) {

  enum Kind {
    MAIL("/api/v1/channels/email", "message/rfc822"),
    CONTACT("/api/v1/contacts", "application/json");

    final String path;
    final String contentType;

    Kind(String path, String contentType) {
      this.path = path;
      this.contentType = contentType;
    }
  }

  /** The same item under another key: the scenario sends the same rows again on every run. */
  ImportItem keyedFor(String run) {
    return new ImportItem(kind, source, body, idempotencyKey + "-" + run);
  }

  static ImportItem mail(String source, byte[] message) {
    // Keyed by content: the same message imported from another file or folder is the same message.
    return new ImportItem(Kind.MAIL, source, message, "import-mail-" + sha256(message));
  }

  static ImportItem contact(String fileName, int row, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return new ImportItem(
        Kind.CONTACT,
        fileName + ":row " + row,
        body,
        "import-csv-"
            + sha256((fileName + "\n" + row + "\n" + json).getBytes(StandardCharsets.UTF_8)));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
          .substring(0, 40);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

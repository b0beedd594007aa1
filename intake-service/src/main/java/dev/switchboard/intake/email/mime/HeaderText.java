package dev.switchboard.intake.email.mime;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * Header values as text: the raw bytes (8-bit headers happen) are decoded like body text, unfolded,
 * and RFC 2047 encoded words are decoded by mime4j after their charset labels are mapped to ones
 * Java knows.
 */
final class HeaderText {

  private static final Pattern ENCODED_WORD_CHARSET =
      Pattern.compile("=\\?([^?*]+)(\\*[^?]*)?\\?([bBqQ])\\?");
  private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])|\\r?\\n$");
  private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");

  private HeaderText() {}

  /** The unfolded value with the raw bytes decoded, encoded words still encoded. */
  static String unfolded(Field field, List<Charset> candidates) {
    String text;
    ByteSequence raw = field.getRaw();
    int colon = raw == null ? -1 : colonOf(raw);
    if (colon >= 0) {
      int start = colon + 1;
      byte[] bytes = new byte[Math.max(0, raw.length() - start)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = raw.byteAt(start + i);
      }
      text = MailCharsets.decode(bytes, candidates);
    } else {
      text = field.getBody() == null ? "" : field.getBody();
    }
    text = FOLD.matcher(text).replaceAll("");
    return text.startsWith(" ") || text.startsWith("\t") ? text.substring(1) : text;
  }

  private static int colonOf(ByteSequence raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (raw.byteAt(i) == ':') {
        return i;
      }
    }
    return -1;
  }

  /** Decodes RFC 2047 encoded words; never throws. */
  static String decodeWords(String text) {
    if (!text.contains("=?")) {
      return text;
    }
    try {
      return DecoderUtil.decodeEncodedWords(
          mapEncodedWordCharsets(text), DecodeMonitor.SILENT, MailCharsets.FALLBACK);
    } catch (RuntimeException undecodable) {
      return text;
    }
  }

  /** Rewrites the charset labels of encoded words to names Java can decode. */
  static String mapEncodedWordCharsets(String text) {
    if (!text.contains("=?")) {
      return text;
    }
    Matcher matcher = ENCODED_WORD_CHARSET.matcher(text);
    StringBuilder mapped = new StringBuilder();
    while (matcher.find()) {
      String label = matcher.group(1);
      String encoding = matcher.group(3);
      String charset =
          encoding.equalsIgnoreCase("B")
              ? base64Payload(text, matcher.end())
                  .map(bytes -> MailCharsets.pick(bytes, label, List.of()).name())
                  .orElse(MailCharsets.javaName(label))
              : MailCharsets.javaName(label);
      String replacement = "=?" + charset + "?" + encoding + "?";
      matcher.appendReplacement(mapped, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(mapped);
    return mapped.toString();
  }

  /** The bytes of a B-encoded word whose payload starts at {@code start}, to check its label. */
  private static Optional<byte[]> base64Payload(String text, int start) {
    int end = text.indexOf("?=", start);
    if (end < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Base64.getMimeDecoder().decode(text.substring(start, end)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  /** Message-IDs in a header value, without angle brackets; a bare token counts as one. */
  static List<String> messageIds(String value) {
    List<String> ids = new ArrayList<>();
    Matcher matcher = ANGLE_ID.matcher(value);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    String trimmed = value.trim();
    if (ids.isEmpty() && !trimmed.isEmpty() && !trimmed.contains(" ")) {
      ids.add(trimmed);
    }
    return ids;
  }
}

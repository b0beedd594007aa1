package dev.switchboard.intake.email.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.intake.email.mime.MailAddress;
import dev.switchboard.intake.email.mime.MailAttachment;
import dev.switchboard.intake.email.mime.MailParser;
import dev.switchboard.intake.email.mime.ParsedMail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Zammad's parser expectations (expected-json, derived from its YAML fixtures) against ours: From,
 * To, Cc, Subject and Message-ID exactly (whitespace runs collapsed), attachments by MD5, filename
 * and type, bodies loosely. A mismatch must be listed in {@link #EXCEPTIONS} with the reason (the
 * same list is in docs/email.md).
 */
class ZammadCorpusTest {

  /** {@code mailNNN.check} → why our result differs from Zammad's on purpose. */
  static final Map<String, String> EXCEPTIONS =
      Map.of(
          "mail046.from",
          "the raw 8-bit display name is GB2312 like the rest of the mail: we decode it as 武兰成,"
              + " Zammad as Latin-2 mojibake (ÎäŔźłÉ)",
          "mail046.attachments",
          "the enclosed 8-bit original is kept byte for byte; Zammad re-encodes it (name matches)",
          "mail062.attachments",
          "Video2.MOV and Video3.MOV have truncated base64 (15 and 18 characters): mime4j drops"
              + " the incomplete last quantum, Zammad (Ruby) decodes it into extra bytes",
          "mail069.attachments",
          "the enclosed SpamAssassin original is kept byte for byte; Zammad re-encodes it",
          "mail087.attachments",
          "the unlabelled second part (no Content-Type, so text/plain by RFC 2045) is the fax"
              + " notice text: we use it as the body, Zammad keeps it as an attachment named 'file'",
          "mail092.attachments",
          "the delivery report is kept byte for byte (CRLF); Zammad stores text with LF and"
              + " without the final line break");

  /** Share of mails whose body contains at least 80% of the words of Zammad's body. */
  private static final double BODY_FLOOR = 0.85;

  @Test
  void matchesZammadsExpectationsOrAListedException() {
    Path root = EmailCorpus.dir("zammad");
    Map<String, int[]> rates = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (Path expectedFile : EmailCorpus.files(root.resolve("expected-json"), ".json")) {
      JsonNode expected = EmailCorpus.json(expectedFile);
      String mail = expectedFile.getFileName().toString().replace(".json", "");
      ParsedMail parsed =
          EmailCorpus.PARSER.parse(EmailCorpus.read(root.resolve("mail").resolve(mail + ".box")));
      BiFunction<String, Boolean, Void> record =
          (check, ok) -> {
            int[] rate = rates.computeIfAbsent(check, c -> new int[2]);
            rate[1]++;
            if (ok || EXCEPTIONS.containsKey(mail + "." + check)) {
              rate[0]++;
            }
            if (!ok && !EXCEPTIONS.containsKey(mail + "." + check)) {
              failures.add(mail + "." + check + " " + describe(check, expected, parsed));
            }
            return null;
          };
      if (expected.has("from")) {
        record.apply("from", sameFrom(expected.get("from"), parsed));
      }
      if (expected.has("subject")) {
        record.apply("subject", sameText(expected.get("subject"), parsed.subject()));
      }
      if (expected.has("message_id")) {
        record.apply(
            "message_id", sameText(expected.get("message_id"), "<" + parsed.messageId() + ">"));
      }
      if (expected.has("to")) {
        record.apply("to", sameAddresses(expected.get("to"), parsed.to()));
      }
      if (expected.has("cc")) {
        record.apply("cc", sameAddresses(expected.get("cc"), parsed.cc()));
      }
      if (expected.has("attachments")) {
        record.apply("attachments", attachmentsMatch(expected.get("attachments"), parsed));
      }
      if (expected.hasNonNull("body")) {
        record.apply("body", bodySimilar(expected.get("body").asText(), parsed));
      }
    }
    rates.forEach(
        (check, rate) -> System.out.println(EmailCorpus.rate("zammad " + check, rate[0], rate[1])));
    failures.forEach(failure -> System.out.println("  mismatch " + failure));
    assertThat(failures.stream().filter(f -> !f.contains(".body "))).isEmpty();
    int[] body = rates.get("body");
    assertThat((double) body[0] / body[1])
        .as("loose body match rate")
        .isGreaterThanOrEqualTo(BODY_FLOOR);
  }

  private static boolean sameText(JsonNode expected, String actual) {
    String want = expected.isNull() ? "" : expected.asText();
    return EmailCorpus.squash(want).equals(EmailCorpus.squash(actual));
  }

  /**
   * Zammad writes address headers back in its own normal form (quotes only where needed), so both
   * sides are compared as lists of (address, display name).
   */
  private static boolean sameAddresses(JsonNode expected, List<MailAddress> actual) {
    String want = expected.isNull() ? "" : expected.asText();
    return addressKeys(MailParser.addressList(want)).equals(addressKeys(actual));
  }

  /** The sender is the first usable mailbox of the From field. */
  private static boolean sameFrom(JsonNode expected, ParsedMail parsed) {
    String want = expected.isNull() ? "" : expected.asText();
    List<MailAddress> wanted = new ArrayList<>(MailParser.addressList(want));
    wanted.sort(java.util.Comparator.comparing(address -> !address.deliverable()));
    return addressKeys(wanted.stream().limit(1).toList())
        .equals(addressKeys(parsed.from().stream().toList()));
  }

  private static List<String> addressKeys(List<MailAddress> addresses) {
    return addresses.stream()
        .map(a -> a.normalized() + "|" + EmailCorpus.squash(a.displayName()))
        .toList();
  }

  /** Zammad keeps the HTML alternative as an attachment; we keep it as the HTML body instead. */
  private static boolean attachmentsMatch(JsonNode expected, ParsedMail parsed) {
    List<String> want = new ArrayList<>();
    for (JsonNode attachment : expected) {
      JsonNode preferences = attachment.path("preferences");
      if (preferences.path("content-alternative").asBoolean(false)) {
        continue;
      }
      want.add(
          attachment.path("md5").asText()
              + " "
              + attachment.path("filename").asText()
              + " "
              + preferences.path("Mime-Type").asText(""));
    }
    List<String> got = new ArrayList<>();
    for (MailAttachment attachment : parsed.attachments()) {
      got.add(fingerprint(attachment));
    }
    return Set.copyOf(got).containsAll(want) && got.size() == want.size();
  }

  static String fingerprint(MailAttachment attachment) {
    String md5 = attachment.md5();
    if (attachment.contentType().equals("message/rfc822")) {
      // Zammad stores enclosed messages with LF line ends
      String lf =
          new String(attachment.content(), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
      md5 = md5Hex(lf.getBytes(StandardCharsets.ISO_8859_1));
    }
    return md5 + " " + attachment.filename() + " " + attachment.contentType();
  }

  private static String md5Hex(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean bodySimilar(String expectedBody, ParsedMail parsed) {
    // Zammad's placeholder for a message without a text body
    String visible = expectedBody.equals("no visible content") ? "" : expectedBody;
    Set<String> want = words(org.jsoup.Jsoup.parse(visible).text());
    if (want.isEmpty()) {
      return true;
    }
    Set<String> got = words(parsed.textBody());
    long found = want.stream().filter(got::contains).count();
    return found >= 0.8 * want.size();
  }

  private static Set<String> words(String text) {
    return java.util.Arrays.stream(text.toLowerCase().split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .collect(Collectors.toSet());
  }

  private static String describe(String check, JsonNode expected, ParsedMail parsed) {
    return switch (check) {
      case "from" ->
          "want ["
              + expected.get("from").asText()
              + "] got ["
              + parsed.fromHeader()
              + "] "
              + parsed.from().map(MailAddress::toString).orElse("-");
      case "subject" ->
          "want [" + expected.get("subject").asText() + "] got [" + parsed.subject() + "]";
      case "attachments" ->
          "want "
              + expected.get("attachments").findValuesAsText("filename")
              + expected.get("attachments").findValuesAsText("md5")
              + " got "
              + parsed.attachments().stream().map(ZammadCorpusTest::fingerprint).toList();
      case "body" ->
          "got ["
              + EmailCorpus.squash(parsed.textBody())
                  .substring(0, Math.min(120, EmailCorpus.squash(parsed.textBody()).length()))
              + "]";
      default -> "want [" + expected.get(check).asText() + "] got " + parsed.headers().first(check);
    };
  }
}

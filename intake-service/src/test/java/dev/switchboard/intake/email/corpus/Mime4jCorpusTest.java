package dev.switchboard.intake.email.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.email.mime.ParsedMail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * mime4j's own edge-case messages (broken boundaries, bad newlines, missing headers, odd encodings)
 * and a real mailing-list mbox: every message parses, and for single-part text messages our body
 * equals mime4j's decoded body.
 */
class Mime4jCorpusTest {

  /** The floor written in docs/email.md. */
  private static final double DECODED_BODY_FLOOR = 0.9;

  @Test
  void everyMime4jMessageAndMboxMailParsesAndClassifies() {
    Path root = EmailCorpus.dir("mime4j");
    List<byte[]> messages = new ArrayList<>();
    EmailCorpus.files(root, ".msg").forEach(file -> messages.add(EmailCorpus.read(file)));
    for (Path mbox : EmailCorpus.files(root.resolve("mbox"), "")) {
      messages.addAll(splitMbox(EmailCorpus.read(mbox)));
    }
    for (byte[] message : messages) {
      ParsedMail parsed = EmailCorpus.PARSER.parse(message);
      assertThat(EmailCorpus.CLASSIFIER.classify(parsed)).isNotNull();
    }
    System.out.println(
        EmailCorpus.rate("mime4j messages parsed", messages.size(), messages.size()));
    assertThat(messages).hasSizeGreaterThan(80);
  }

  @Test
  void singlePartTextBodiesEqualMime4jsDecodedBodies() {
    Path root = EmailCorpus.dir("mime4j");
    int compared = 0;
    List<String> different = new ArrayList<>();
    for (Path message : EmailCorpus.files(root, ".msg")) {
      String name = message.getFileName().toString().replace(".msg", "");
      Path decoded = message.resolveSibling(name + "_decoded_1.txt");
      if (!Files.exists(decoded) || name.startsWith("malformedHeaderStartsBody")) {
        continue;
      }
      ParsedMail parsed = EmailCorpus.PARSER.parse(EmailCorpus.read(message));
      if (!parsed.mimeType().startsWith("text/") || parsed.attachments().size() > 0) {
        continue;
      }
      compared++;
      byte[] expected = EmailCorpus.read(decoded);
      String want = new String(expected, StandardCharsets.UTF_8);
      String wantLatin1 = new String(expected, StandardCharsets.ISO_8859_1);
      String got = EmailCorpus.squash(parsed.textBody());
      if (!got.equals(EmailCorpus.squash(want)) && !got.equals(EmailCorpus.squash(wantLatin1))) {
        different.add(root.relativize(message).toString());
      }
    }
    int passed = compared - different.size();
    System.out.println(EmailCorpus.rate("mime4j decoded single-part bodies", passed, compared));
    different.forEach(d -> System.out.println("  different " + d));
    assertThat(compared).isPositive();
    assertThat((double) passed / compared).isGreaterThanOrEqualTo(DECODED_BODY_FLOOR);
  }

  /** mbox framing (RFC 4155): a line starting with "From " begins the next message. */
  private static List<byte[]> splitMbox(byte[] mbox) {
    String text = new String(mbox, StandardCharsets.ISO_8859_1);
    List<byte[]> messages = new ArrayList<>();
    for (String chunk : text.split("(?m)^From (?=\\S+ )")) {
      String message = chunk.substring(chunk.indexOf('\n') + 1);
      if (!message.isBlank()) {
        messages.add(message.getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    return messages;
  }
}

package dev.switchboard.intake.email.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.intake.email.kind.MailKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every sisimai mail (bounces of 54 MTAs, auto-replies, ARF reports, ordinary mail; the CRLF
 * variants in maildir/dos carry the expectation of their maildir/bsd twin) is classified.
 */
class SisimaiCorpusTest {

  /** The floor written in docs/email.md. */
  private static final double FLOOR = 0.99;

  private static final Map<String, MailKind> KINDS =
      Map.of(
          "bounce", MailKind.BOUNCE,
          "auto-reply", MailKind.AUTO_REPLY,
          "feedback-report", MailKind.FEEDBACK_REPORT,
          "not-bounce", MailKind.NORMAL);

  @Test
  void classifiesAtLeastNinetyNinePercentOfSisimaiMailCorrectly() {
    Path root = EmailCorpus.dir("sisimai-set-of-emails");
    JsonNode expected = EmailCorpus.json(root.resolve("expected.json")).get("files");
    List<String> misses = new ArrayList<>();
    int total = 0;
    List<Path> files = EmailCorpus.files(root.resolve("maildir"), ".eml");
    for (Path file : files) {
      String relative = root.relativize(file).toString().replace('\\', '/');
      JsonNode entry = expected.get(relative.replace("maildir/dos/", "maildir/bsd/"));
      total++;
      MailKind want =
          entry == null
              ? kindOfFamily(file.getFileName().toString())
              : KINDS.get(entry.get("kind").asText());
      var got = EmailCorpus.CLASSIFIER.classify(EmailCorpus.PARSER.parse(EmailCorpus.read(file)));
      if (got.kind() != want) {
        misses.add(relative + ": expected " + want + ", got " + got.kind() + " " + got.evidence());
      }
    }
    int passed = total - misses.size();
    System.out.println(EmailCorpus.rate("sisimai classification", passed, total));
    misses.forEach(miss -> System.out.println("  miss " + miss));
    assertThat(total).isEqualTo(files.size()).isGreaterThan(700);
    assertThat((double) passed / total)
        .as("sisimai classification rate")
        .isGreaterThanOrEqualTo(FLOOR);
  }

  /** A few CRLF variants have no bsd twin in expected.json: their family name gives the kind. */
  private static MailKind kindOfFamily(String fileName) {
    if (fileName.startsWith("rfc3834-")) {
      return MailKind.AUTO_REPLY;
    }
    if (fileName.startsWith("arf-")) {
      return MailKind.FEEDBACK_REPORT;
    }
    return MailKind.BOUNCE;
  }
}

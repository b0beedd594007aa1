package dev.switchboard.intake.email.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.intake.email.kind.MailKindClassifier;
import dev.switchboard.intake.email.mime.MailLimits;
import dev.switchboard.intake.email.mime.MailParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The shared real-world mail corpus (system property {@code switchboard.corpus}). */
public final class EmailCorpus {

  public static final MailParser PARSER = new MailParser(MailLimits.DEFAULT);
  static final MailKindClassifier CLASSIFIER = new MailKindClassifier(Set.of("switchboard.test"));

  private EmailCorpus() {}

  public static Path dir(String relative) {
    String root = System.getProperty("switchboard.corpus");
    Assumptions.assumeTrue(root != null, "system property switchboard.corpus is not set");
    Path dir = Path.of(root, "email", relative);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("corpus folder missing: " + dir);
    }
    return dir;
  }

  /** One corpus file, by its path below {@code email/}. */
  public static Path file(String relative) {
    Path file = dir(".").resolve(relative).normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("corpus file missing: " + file);
    }
    return file;
  }

  /** Regular files under a folder whose names end with one of the suffixes, sorted. */
  public static List<Path> files(Path dir, String... suffixes) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> Stream.of(suffixes).anyMatch(s -> p.getFileName().toString().endsWith(s)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whitespace runs collapsed to one space, ends trimmed: how header texts are compared. */
  static String squash(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }

  static String rate(String what, int passed, int total) {
    return "%-42s %4d / %4d = %6.2f%%"
        .formatted(what, passed, total, total == 0 ? 100.0 : 100.0 * passed / total);
  }
}

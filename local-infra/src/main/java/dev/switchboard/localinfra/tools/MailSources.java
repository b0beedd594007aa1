package dev.switchboard.localinfra.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds messages in what the user named: single-message files ({@code .eml}, {@code .msg}), mbox
 * files ({@code .mbox}, {@code .box}, or any file that starts with a {@code From } envelope line),
 * Maildirs (a folder with {@code cur/} or {@code new/}) and folders of any of these.
 */
final class MailSources {

  private static final byte[] ENVELOPE = "From ".getBytes(StandardCharsets.US_ASCII);

  private MailSources() {}

  /** A mail file by its extension, or an mbox by its first bytes ({@code mbox.rlug}, …). */
  static boolean isMailFile(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return startsWithEnvelope(file)
        || name.endsWith(".eml")
        || name.endsWith(".msg")
        || name.endsWith(".box")
        || name.endsWith(".mbox")
        || name.endsWith(".mbx");
  }

  private static boolean startsWithEnvelope(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return startsWith(in.readNBytes(ENVELOPE.length), 0, ENVELOPE);
    }
  }

  static boolean isMaildir(Path dir) {
    return Files.isDirectory(dir.resolve("cur")) || Files.isDirectory(dir.resolve("new"));
  }

  /** The files of a Maildir, oldest first (Maildir names start with the delivery time). */
  static List<Path> maildirFiles(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String sub : List.of("new", "cur")) {
      Path folder = dir.resolve(sub);
      if (Files.isDirectory(folder)) {
        try (Stream<Path> list = Files.list(folder)) {
          list.filter(Files::isRegularFile).forEach(files::add);
        }
      }
    }
    files.sort(null);
    return files;
  }

  /** The messages of one file: one, or several for an mbox. Envelope lines are removed. */
  static List<ImportItem> messages(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    String source = file.toString();
    if (!startsWith(content, 0, ENVELOPE)) {
      return content.length == 0 ? List.of() : List.of(ImportItem.mail(source, content));
    }
    List<byte[]> parts = splitMbox(content);
    List<ImportItem> items = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      items.add(ImportItem.mail(parts.size() == 1 ? source : source + "#" + (i + 1), parts.get(i)));
    }
    return items;
  }

  /**
   * Splits an mbox at {@code From } lines that start the file or follow an empty line, and undoes
   * the {@code >From } quoting of body lines.
   */
  static List<byte[]> splitMbox(byte[] content) {
    List<byte[]> messages = new ArrayList<>();
    ByteArrayOutputStream current = null;
    int lineStart = 0;
    boolean previousEmpty = true;
    while (lineStart < content.length) {
      int lineEnd = lineStart;
      while (lineEnd < content.length && content[lineEnd] != '\n') {
        lineEnd++;
      }
      int next = Math.min(lineEnd + 1, content.length);
      byte[] line = Arrays.copyOfRange(content, lineStart, next);
      if (previousEmpty && startsWith(line, 0, ENVELOPE)) {
        if (current != null && current.size() > 0) {
          messages.add(current.toByteArray());
        }
        current = new ByteArrayOutputStream();
      } else if (current != null) {
        int quoted = line.length > 0 && line[0] == '>' && startsWith(line, 1, ENVELOPE) ? 1 : 0;
        current.write(line, quoted, line.length - quoted);
      }
      previousEmpty = isBlank(line);
      lineStart = next;
    }
    if (current != null && current.size() > 0) {
      messages.add(current.toByteArray());
    }
    return messages;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (bytes.length - offset < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

package dev.switchboard.localinfra.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSourcesTest {

  private static final String FIRST = "From: ana@example.org\nSubject: one\n\nHello\n";
  private static final String SECOND =
      "From: ben@example.org\nSubject: two\n\n>From the start it failed.\nFrom here on\n";

  @TempDir Path dir;

  @Test
  void anMboxSplitsAtEnvelopeLinesAndUnquotesBodyLines() throws IOException {
    Path mbox =
        write(
            "inbox.mbox",
            "From ana Thu May  3 12:04:29 2012\n"
                + FIRST
                + "\n"
                + "From ben Thu May  3 12:05:00 2012\n"
                + SECOND);

    List<ImportItem> items = MailSources.messages(mbox);

    assertThat(items)
        .extracting(item -> new String(item.body(), StandardCharsets.UTF_8))
        .containsExactly(FIRST + "\n", SECOND.replace(">From the", "From the"));
    assertThat(items).extracting(ImportItem::source).containsExactly(mbox + "#1", mbox + "#2");
  }

  @Test
  void aFromLineInsideABodyDoesNotStartAMessage() throws IOException {
    Path box = write("mail001.box", "From ana Thu May  3 12:04:29 2012\n" + SECOND);

    assertThat(MailSources.messages(box)).hasSize(1);
  }

  @Test
  void aSingleMessageIsSentAsItIs() throws IOException {
    Path eml = write("one.eml", FIRST);

    assertThat(MailSources.messages(eml))
        .singleElement()
        .satisfies(
            item -> assertThat(item.body()).isEqualTo(FIRST.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aMaildirIsReadFromNewAndCur() throws IOException {
    Files.createDirectories(dir.resolve("cur"));
    Files.createDirectories(dir.resolve("new"));
    write("cur/1700000000.1.host:2,S", FIRST);
    write("new/1700000001.2.host", SECOND);

    assertThat(MailSources.isMaildir(dir)).isTrue();
    assertThat(MailSources.maildirFiles(dir)).hasSize(2);
  }

  @Test
  void theSameMessageFromTwoFilesHasTheSameIdempotencyKey() throws IOException {
    ImportItem a = MailSources.messages(write("a.eml", FIRST)).get(0);
    ImportItem b = MailSources.messages(write("b.eml", FIRST)).get(0);

    assertThat(a.idempotencyKey()).isEqualTo(b.idempotencyKey()).startsWith("import-mail-");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}

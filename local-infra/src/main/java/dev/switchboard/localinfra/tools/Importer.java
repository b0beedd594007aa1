package dev.switchboard.localinfra.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds mail and ticket rows in files and folders and sends them to intake, counting every answer
 * in a summary. Shared by {@code ./switchboard import} and the whole-flow scenario, which also
 * reads the answers (the tickets they opened).
 */
final class Importer {

  /** What intake answered for one item; {@code answer} is null when the request failed. */
  record Sent(ImportItem item, StackClient.Answer answer) {}

  private final ImportSummary summary;
  private final Path mapping;
  private final List<ImportItem> mails = new ArrayList<>();
  private final List<ImportItem> contacts = new ArrayList<>();
  private int skippedFiles;

  Importer(ImportSummary summary, Path mapping) {
    this.summary = summary;
    this.mapping = mapping;
  }

  List<ImportItem> mails() {
    return mails;
  }

  List<ImportItem> contacts() {
    return contacts;
  }

  int skippedFiles() {
    return skippedFiles;
  }

  void collect(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("no such file or folder: " + path);
    }
    if (Files.isDirectory(path)) {
      if (MailSources.isMaildir(path)) {
        for (Path file : MailSources.maildirFiles(path)) {
          mails.addAll(MailSources.messages(file));
        }
        return;
      }
      List<Path> children;
      try (Stream<Path> list = Files.list(path)) {
        children = list.sorted().toList();
      }
      for (Path child : children) {
        if (Files.isDirectory(child) || MailSources.isMailFile(child) || isCsv(child)) {
          collect(child);
        } else {
          skippedFiles++;
        }
      }
    } else if (isCsv(path)) {
      contacts.addAll(CsvTickets.forFile(path, mapping).items(path, summary));
    } else {
      mails.addAll(MailSources.messages(path));
    }
  }

  private static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase().endsWith(".csv");
  }

  /**
   * Sends the items, {@code parallel} at a time, with progress on {@code out}; answers in order.
   */
  List<Sent> send(
      StackClient client, URI intake, List<ImportItem> items, int parallel, PrintStream out)
      throws InterruptedException {
    if (items.isEmpty()) {
      return List.of();
    }
    out.printf(
        "Sending %d %s...%n",
        items.size(), items.get(0).kind() == ImportItem.Kind.MAIL ? "messages" : "contacts");
    List<Sent> sent =
        Collections.synchronizedList(new ArrayList<>(Collections.nCopies(items.size(), null)));
    ExecutorService workers = Executors.newFixedThreadPool(parallel);
    try (Progress progress = new Progress(items.size(), out)) {
      for (int i = 0; i < items.size(); i++) {
        int index = i;
        workers.submit(
            () -> {
              sent.set(index, sendOne(client, intake, items.get(index)));
              progress.step();
            });
      }
      workers.shutdown();
      workers.awaitTermination(7, TimeUnit.DAYS);
    }
    return List.copyOf(sent);
  }

  private Sent sendOne(StackClient client, URI intake, ImportItem item) {
    try {
      StackClient.Answer answer =
          StackClient.Answer.of(
              client.post(
                  intake.resolve(item.kind().path),
                  item.kind().contentType,
                  item.body(),
                  item.idempotencyKey()));
      count(item, answer);
      return new Sent(item, answer);
    } catch (IOException e) {
      summary.rejected(item.source(), "io: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Sent(item, null);
  }

  private void count(ImportItem item, StackClient.Answer answer) {
    String outcome = answer.body().path("outcome").asText();
    if (!answer.ok()) {
      String why =
          answer.body().path("detail").asText(answer.body().path("title").asText("no detail"));
      StringBuilder fields = new StringBuilder();
      answer
          .body()
          .path("errors")
          .forEach(
              error ->
                  fields
                      .append(fields.isEmpty() ? ": " : "; ")
                      .append(error.path("field").asText())
                      .append(' ')
                      .append(error.path("message").asText()));
      summary.rejected(item.source(), answer.status() + " " + why.strip() + fields);
    } else if (answer.replayed()) {
      summary.outcome("already_imported");
    } else if ("ignored".equals(outcome)) {
      summary.ignored(answer.body().path("reason").asText("unknown"));
    } else {
      summary.outcome(outcome.isEmpty() ? "unknown" : outcome);
    }
  }
}

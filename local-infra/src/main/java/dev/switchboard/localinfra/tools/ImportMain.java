package dev.switchboard.localinfra.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./switchboard import PATH…}: loads mail (files, mbox, Maildir, folders of them) through
 * the email channel and ticket CSVs through the contacts API of a running stack. Every item carries
 * an Idempotency-Key derived from its content, so a re-run creates nothing twice.
 */
public final class ImportMain {

  private static final PrintStream OUT = System.out;

  private final Options options;
  private final ImportSummary summary = new ImportSummary();
  private int skippedFiles;

  private ImportMain(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    if (options == null) {
      System.err.println(
          "usage: switchboard import [--dry-run] [--mapping FILE] [--parallel N] [--user NAME]"
              + " PATH...\n  PATH: .eml/.msg/.box/.mbox files, mbox files, Maildirs, folders of"
              + " them, ticket .csv files");
      System.exit(2);
    }
    System.exit(new ImportMain(options).run());
  }

  private int run() throws IOException, InterruptedException {
    List<ImportItem> mails = new ArrayList<>();
    List<ImportItem> contacts = new ArrayList<>();
    for (Path path : options.paths) {
      collect(path, mails, contacts);
    }
    OUT.printf(
        "Found %d e-mail messages and %d ticket rows%s.%n",
        mails.size(),
        contacts.size(),
        skippedFiles == 0 ? "" : " (" + skippedFiles + " other files skipped)");
    if (options.dryRun) {
      mails.forEach(item -> summary.outcome("would_send_mail"));
      contacts.forEach(item -> summary.outcome("would_send_contact"));
      summary.print(OUT, "Dry run, nothing sent:");
      return 0;
    }
    StackClient client =
        options.user == null
            ? StackClient.gateway(options.tokenUrl)
            : StackClient.user(options.tokenUrl, options.user);
    long started = System.nanoTime();
    // Mail goes in order (a reply must not overtake the message it answers); rows in parallel.
    send(client, mails, 1);
    send(client, contacts, options.parallel);
    double seconds = (System.nanoTime() - started) / 1e9;
    summary.print(
        OUT,
        String.format(
            "Imported %d items in %.1f s (%.1f/s):",
            mails.size() + contacts.size(),
            seconds,
            (mails.size() + contacts.size()) / Math.max(seconds, 1e-3)));
    return summary.count("rejected") == 0 ? 0 : 1;
  }

  private void collect(Path path, List<ImportItem> mails, List<ImportItem> contacts)
      throws IOException {
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
          collect(child, mails, contacts);
        } else {
          skippedFiles++;
        }
      }
    } else if (isCsv(path)) {
      contacts.addAll(CsvTickets.forFile(path, options.mapping).items(path, summary));
    } else {
      mails.addAll(MailSources.messages(path));
    }
  }

  private static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase().endsWith(".csv");
  }

  private void send(StackClient client, List<ImportItem> items, int parallel)
      throws InterruptedException {
    if (items.isEmpty()) {
      return;
    }
    OUT.printf(
        "Sending %d %s...%n",
        items.size(), items.get(0).kind() == ImportItem.Kind.MAIL ? "messages" : "contacts");
    ExecutorService workers = Executors.newFixedThreadPool(parallel);
    try (Progress progress = new Progress(items.size(), OUT)) {
      for (ImportItem item : items) {
        workers.submit(
            () -> {
              sendOne(client, item);
              progress.step();
            });
      }
      workers.shutdown();
      workers.awaitTermination(7, TimeUnit.DAYS);
    }
  }

  private void sendOne(StackClient client, ImportItem item) {
    try {
      HttpResponse<String> response =
          client.post(
              options.intake.resolve(item.kind().path),
              item.kind().contentType,
              item.body(),
              item.idempotencyKey());
      JsonNode body = parse(response.body());
      if (response.statusCode() / 100 != 2) {
        String why = body.path("detail").asText(body.path("title").asText(response.body()));
        summary.rejected(item.source(), response.statusCode() + " " + why.strip());
      } else if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
        summary.outcome("already_imported");
      } else if ("ignored".equals(body.path("outcome").asText())) {
        summary.ignored(body.path("reason").asText("unknown"));
      } else {
        summary.outcome(body.path("outcome").asText("unknown"));
      }
    } catch (IOException e) {
      summary.rejected(item.source(), "io: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static JsonNode parse(String body) {
    try {
      return StackClient.JSON.readTree(body == null || body.isEmpty() ? "{}" : body);
    } catch (IOException e) {
      return StackClient.JSON.createObjectNode();
    }
  }

  /** Command-line options; {@code --intake} and {@code --token-url} are set by the script. */
  private static final class Options {
    boolean dryRun;
    Path mapping;
    int parallel = 4;
    String user;
    URI intake = URI.create("http://localhost:8081");
    URI tokenUrl =
        URI.create("http://localhost:8180/realms/switchboard/protocol/openid-connect/token");
    final List<Path> paths = new ArrayList<>();

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--dry-run", "-n" -> options.dryRun = true;
          case "--mapping" -> options.mapping = Path.of(args[++i]);
          case "--parallel" -> options.parallel = Integer.parseInt(args[++i]);
          case "--user" -> options.user = args[++i];
          case "--intake" -> options.intake = URI.create(args[++i]);
          case "--token-url" -> options.tokenUrl = URI.create(args[++i]);
          default -> {
            if (args[i].startsWith("-")) {
              return null;
            }
            options.paths.add(Path.of(args[i]));
          }
        }
      }
      return options.paths.isEmpty() ? null : options;
    }
  }
}

package dev.switchboard.localinfra.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./switchboard import PATH…}: loads mail (files, mbox, Maildir, folders of them) through
 * the email channel and ticket CSVs through the contacts API of a running stack. Every item carries
 * an Idempotency-Key derived from its content, so a re-run creates nothing twice.
 */
public final class ImportMain {

  private static final PrintStream OUT = System.out;

  private final Options options;
  private final ImportSummary summary = new ImportSummary();

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
    Importer importer = new Importer(summary, options.mapping);
    for (Path path : options.paths) {
      importer.collect(path);
    }
    List<ImportItem> mails = importer.mails();
    List<ImportItem> contacts = importer.contacts();
    OUT.printf(
        "Found %d e-mail messages and %d ticket rows%s.%n",
        mails.size(),
        contacts.size(),
        importer.skippedFiles() == 0
            ? ""
            : " (" + importer.skippedFiles() + " other files skipped)");
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
    importer.send(client, options.intake, mails, 1, OUT);
    importer.send(client, options.intake, contacts, options.parallel, OUT);
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

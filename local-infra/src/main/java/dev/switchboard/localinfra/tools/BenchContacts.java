package dev.switchboard.localinfra.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The contact request bodies {@code bench} posts: by default the rows of the Endava ticket CSV in
 * turn, each from the next customer of a pool that is new in every run. One customer repeating one
 * text would make routing escalate every ticket (repeated contacts) and metrics grow one huge
 * problem candidate; {@link #oneCustomer()} keeps that shape to compare against.
 */
final class BenchContacts {

  static final String ENDAVA_CSV = "tickets/endava-support-tickets-partial/all_tickets.csv";

  private final String input;
  private final List<ObjectNode> rows;
  private final int customers; // 0: the caller is the customer, the body names none
  private final String runTag = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicLong sent = new AtomicLong();

  private BenchContacts(String input, List<ObjectNode> rows, int customers) {
    this.input = input;
    this.rows = rows;
    this.customers = customers;
  }

  /** The corpus's Endava rows (the fixed text without them), each naming a customer of the pool. */
  static BenchContacts fromCorpus(Path corpusRoot, int customers) throws IOException {
    Path csv = corpusRoot.resolve(ENDAVA_CSV);
    if (!Files.isRegularFile(csv)) {
      System.err.println(
          "bench: no " + csv.toAbsolutePath() + ", so every contact has the fixed VPN text");
      return new BenchContacts("fixed_text", List.of(fixedText("api")), customers);
    }
    List<ObjectNode> rows = new ArrayList<>();
    for (ImportItem item : CsvTickets.forFile(csv, null).items(csv, new ImportSummary())) {
      rows.add((ObjectNode) StackClient.JSON.readTree(item.body()));
    }
    return new BenchContacts("endava_csv", rows, customers);
  }

  /** The fixed text from the portal, posted by the customer themselves. */
  static BenchContacts oneCustomer() {
    return new BenchContacts("one_customer", List.of(fixedText("portal")), 0);
  }

  /** The next body; safe to call from many threads. */
  String next() {
    long n = sent.getAndIncrement();
    ObjectNode contact = rows.get((int) (n % rows.size())).deepCopy();
    if (customers > 0) {
      contact
          .putObject("customer")
          .put("email", "bench-" + runTag + "-" + n % customers + "@example.org");
    }
    return contact.toString();
  }

  /** The input's words for the {@code machine} line. */
  String describe() {
    return "input=" + input + (customers > 0 ? " customers=" + customers : "");
  }

  private static ObjectNode fixedText(String channel) {
    return StackClient.JSON
        .createObjectNode()
        .put("channel", channel)
        .put("subject", "Benchmark: VPN drops every few minutes")
        .put(
            "description",
            "Since this morning the VPN client disconnects every few minutes"
                + " and reconnects after a while.")
        .put("impact", "low")
        .put("urgency", "medium");
  }
}

package dev.switchboard.localinfra.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchContactsTest {

  private static final String POOL_EMAIL = "bench-[0-9a-f]{8}-(\\d+)@example\\.org";

  @TempDir Path dir;

  @Test
  void bodiesAreTheEndavaRowsEachFromACustomerOfThePool() throws IOException {
    String corpus = System.getProperty("switchboard.corpus");
    assumeTrue(
        corpus != null && Files.isRegularFile(Path.of(corpus, BenchContacts.ENDAVA_CSV)),
        "corpus not present");
    Path csv = Path.of(corpus, BenchContacts.ENDAVA_CSV);
    List<ImportItem> rows = CsvTickets.forFile(csv, null).items(csv, new ImportSummary());

    BenchContacts contacts = BenchContacts.fromCorpus(Path.of(corpus), 20_000);

    assertThat(contacts.describe()).isEqualTo("input=endava_csv customers=20000");
    for (int i = 0; i < 3; i++) {
      JsonNode body = StackClient.JSON.readTree(contacts.next());
      JsonNode row = StackClient.JSON.readTree(rows.get(i).body());
      assertThat(body.path("channel").asText()).isEqualTo("api");
      assertThat(body.path("subject").asText()).isEqualTo(row.path("subject").asText());
      assertThat(body.path("description").asText()).isEqualTo(row.path("description").asText());
      assertThat(body.path("customer").path("email").asText())
          .matches(POOL_EMAIL)
          .endsWith("-" + i + "@example.org");
    }
  }

  @Test
  void theCustomerPoolWrapsAfterNCustomers() throws IOException {
    BenchContacts contacts = BenchContacts.fromCorpus(endavaCorpus("a,b", "c,d"), 3);

    List<String> emails = IntStream.range(0, 4).mapToObj(i -> email(contacts.next())).toList();

    assertThat(emails.subList(0, 3)).doesNotHaveDuplicates();
    assertThat(emails.get(3)).isEqualTo(emails.get(0));
  }

  @Test
  void theRowsCycle() throws IOException {
    BenchContacts contacts = BenchContacts.fromCorpus(endavaCorpus("a,b", "c,d"), 20_000);

    List<String> subjects =
        IntStream.range(0, 3).mapToObj(i -> field(contacts.next(), "subject")).toList();

    assertThat(subjects).containsExactly("a", "c", "a");
  }

  @Test
  void everyCallFromManyThreadsGetsACustomerOfItsOwn() throws IOException {
    BenchContacts contacts = BenchContacts.fromCorpus(endavaCorpus("a,b"), 20_000);
    Set<String> emails = ConcurrentHashMap.newKeySet();

    IntStream.range(0, 8_000).parallel().forEach(i -> emails.add(email(contacts.next())));

    assertThat(emails).hasSize(8_000);
  }

  @Test
  void withoutTheCorpusTheFixedTextGoesToTheSamePool() throws IOException {
    BenchContacts contacts = BenchContacts.fromCorpus(dir.resolve("missing"), 2);

    String first = contacts.next();
    contacts.next();

    assertThat(contacts.describe()).isEqualTo("input=fixed_text customers=2");
    assertThat(field(first, "channel")).isEqualTo("api");
    assertThat(field(first, "subject")).isEqualTo("Benchmark: VPN drops every few minutes");
    assertThat(email(first)).matches(POOL_EMAIL);
    assertThat(email(contacts.next())).isEqualTo(email(first));
  }

  @Test
  void oneCustomerSendsTodaysPortalContactNamingNoCustomer() {
    BenchContacts contacts = BenchContacts.oneCustomer();

    assertThat(contacts.describe()).isEqualTo("input=one_customer");
    assertThat(contacts.next())
        .isEqualTo(
            "{\"channel\":\"portal\",\"subject\":\"Benchmark: VPN drops every few minutes\","
                + "\"description\":\"Since this morning the VPN client disconnects every few"
                + " minutes and reconnects after a while.\",\"impact\":\"low\","
                + "\"urgency\":\"medium\"}");
  }

  /** A corpus with just an Endava CSV of these {@code title,body} pairs. */
  private Path endavaCorpus(String... titleAndBody) throws IOException {
    Path csv = dir.resolve("corpus").resolve(BenchContacts.ENDAVA_CSV);
    Files.createDirectories(csv.getParent());
    StringBuilder content =
        new StringBuilder(
            "title,body,ticket_type,category,sub_category1,sub_category2,business_service,"
                + "urgency,impact\n");
    for (String row : titleAndBody) {
      content.append(row).append(",1,4,2,21,71,3,4\n");
    }
    Files.writeString(csv, content);
    return dir.resolve("corpus");
  }

  private static String email(String body) {
    return StackClient.parse(body).path("customer").path("email").asText();
  }

  private static String field(String body, String name) {
    return StackClient.parse(body).path(name).asText();
  }
}

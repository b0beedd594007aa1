package dev.switchboard.localinfra.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTicketsTest {

  private static final String ENDAVA_HEADER =
      "title,body,ticket_type,category,sub_category1,sub_category2,business_service,urgency,impact\n";

  @TempDir Path dir;

  @Test
  void endavaRowsBecomeContactsWithTypeUrgencyAndImpactTranslated() throws IOException {
    Path csv =
        write(
            ENDAVA_HEADER
                + "vpn down,\"vpn drops every few minutes, please help\",0,4,2,21,71,1,3\n");

    JsonNode contact = onlyContact(csv);

    assertThat(contact.path("channel").asText()).isEqualTo("api");
    assertThat(contact.path("subject").asText()).isEqualTo("vpn down");
    assertThat(contact.path("description").asText())
        .isEqualTo("vpn drops every few minutes, please help");
    assertThat(contact.has("type")).as("left to intake's classifier").isFalse();
    assertThat(contact.path("urgency").asText()).isEqualTo("high");
    assertThat(contact.path("impact").asText()).isEqualTo("medium");
    assertThat(contact.path("customer").path("email").asText())
        .isEqualTo("endava.customer2@example.org");
  }

  @Test
  void aRowWithoutTitleTakesItsSubjectFromTheBody() throws IOException {
    Path csv =
        write(ENDAVA_HEADER + ",please setup access for the new recruiter lead,1,4,2,21,71,3,4\n");

    JsonNode contact = onlyContact(csv);

    assertThat(contact.path("subject").asText())
        .isEqualTo("please setup access for the new recruiter lead");
  }

  @Test
  void aCodeWithoutMappingLeavesTheFieldOut() throws IOException {
    Path csv = write(ENDAVA_HEADER + "x,y,7,4,2,21,71,9,9\n");

    JsonNode contact = onlyContact(csv);

    assertThat(contact.has("urgency")).isFalse();
  }

  @Test
  void columnsNamedLikeTheFieldsNeedNoMapping() throws IOException {
    Path csv =
        write("subject,description,impact,customer.email\nprinter,jams,low,ana@example.org\n");

    JsonNode contact = onlyContact(csv);

    assertThat(contact.path("impact").asText()).isEqualTo("low");
    assertThat(contact.path("customer").path("email").asText()).isEqualTo("ana@example.org");
  }

  @Test
  void emptyRowsAreCountedNotSent() throws IOException {
    Path csv = write(ENDAVA_HEADER + ",,1,4,2,21,71,3,4\nok,fine,1,4,2,21,71,3,4\n");
    ImportSummary summary = new ImportSummary();

    List<ImportItem> items = CsvTickets.forFile(csv, null).items(csv, summary);

    assertThat(items).hasSize(1);
    assertThat(summary.count("ignored")).isEqualTo(1);
  }

  @Test
  void rerunningTheSameFileGivesTheSameIdempotencyKeys() throws IOException {
    Path csv = write(ENDAVA_HEADER + "a,b,1,4,2,21,71,3,4\nc,d,1,4,2,21,71,3,4\n");

    List<String> first = keys(csv);

    assertThat(keys(csv)).isEqualTo(first).doesNotHaveDuplicates();
  }

  private List<String> keys(Path csv) throws IOException {
    return CsvTickets.forFile(csv, null).items(csv, new ImportSummary()).stream()
        .map(ImportItem::idempotencyKey)
        .toList();
  }

  private JsonNode onlyContact(Path csv) throws IOException {
    List<ImportItem> items = CsvTickets.forFile(csv, null).items(csv, new ImportSummary());
    assertThat(items).hasSize(1);
    return StackClient.JSON.readTree(items.get(0).body());
  }

  private Path write(String content) throws IOException {
    Path csv = dir.resolve("tickets.csv");
    Files.writeString(csv, content);
    return csv;
  }
}

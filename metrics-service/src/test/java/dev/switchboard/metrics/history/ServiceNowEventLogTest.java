package dev.switchboard.metrics.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceNowEventLogTest {

  private static final String HEADER =
      "number,incident_state,reassignment_count,reopen_count,made_sla,caller_id,opened_at,"
          + "contact_type,category,cmdb_ci,assignment_group,closed_code,resolved_at,closed_at\n";

  @Test
  void uciSubsetGivesTheCollectorsFacts() throws Exception {
    ServiceNowEventLog.Parsed parsed;
    try (Reader csv = Files.newBufferedReader(Corpus.uciIncidentLog(), StandardCharsets.UTF_8)) {
      parsed = ServiceNowEventLog.parse(csv);
    }
    List<ImportedIncident> incidents = parsed.incidents();

    assertThat(parsed.events()).isEqualTo(5998);
    assertThat(incidents).hasSize(890);
    assertThat(incidents.get(0).number()).isEqualTo("INC0000045");
    assertThat(incidents.stream().filter(i -> i.reopenCount() > 0)).hasSize(10);
    assertThat(incidents.stream().filter(i -> Boolean.TRUE.equals(i.slaMet()))).hasSize(495);
    assertThat(incidents.stream().filter(i -> !i.reassigned())).hasSize(499);
    assertThat(incidents.stream().filter(i -> i.closedAt() != null)).hasSize(890);
    List<Double> hours =
        incidents.stream()
            .filter(i -> i.resolvedAt() != null)
            .map(i -> Duration.between(i.createdAt(), i.resolvedAt()).toMinutes() / 60.0)
            .sorted()
            .toList();
    assertThat(hours).hasSize(861);
    assertThat(hours.get(430)).isCloseTo(54.47, within(0.01));
  }

  @Test
  void lastRowGivesFinalValuesAndAnyRowCanShowReopenOrWait() throws Exception {
    String csv =
        HEADER
            + "INC1,New,0,0,TRUE,Caller 1,01-03-2016 09:00,Phone,Category 1,?,Group 1,?,?,?\n"
            + "INC1,Awaiting User Info,1,1,TRUE,Caller 1,01-03-2016 09:00,Phone,Category 1,?,"
            + "Group 2,?,?,?\n"
            + "INC1,Closed,1,0,FALSE,Caller 1,01-03-2016 09:00,Phone,Category 1,\"CI, main\","
            + "Group 2,code 6,02-03-2016 10:30,05-03-2016 12:00\n";

    ImportedIncident incident = ServiceNowEventLog.parse(new StringReader(csv)).incidents().get(0);

    assertThat(incident.reopenCount()).isEqualTo(1);
    assertThat(incident.waitedOnCustomer()).isTrue();
    assertThat(incident.reassigned()).isTrue();
    assertThat(incident.slaMet()).isFalse();
    assertThat(incident.group()).isEqualTo("Group 2");
    assertThat(incident.configurationItem()).isEqualTo("CI, main");
    assertThat(incident.channel()).isEqualTo("phone");
    assertThat(incident.resolvedAt()).isEqualTo(Instant.parse("2016-03-02T10:30:00Z"));
    assertThat(incident.ticketId()).isEqualTo(ServiceNowEventLog.ticketId("INC1"));
  }

  @Test
  void notAnIncidentLogIsRefusedNamingWhatIsWrong() {
    assertThatThrownBy(() -> ServiceNowEventLog.parse(new StringReader("a,b\n1,2\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing column");
    assertThatThrownBy(
            () ->
                ServiceNowEventLog.parse(
                    new StringReader(HEADER + "INC1,New,0,0,TRUE,C,yesterday,Phone,C,?,G,?,?,?\n")))
        .hasMessageContaining("line 2: opened_at");
  }
}

package dev.switchboard.intake.ticket;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.post;
import static dev.switchboard.localinfra.ProblemJson.assertInvalidField;
import static dev.switchboard.localinfra.ProblemJson.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import dev.switchboard.localinfra.RowCounts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BadLoggedWorkTest {

  @Inject AgroalDataSource dataSource;

  private final Person ana = Person.fresh();
  private String ticketId;
  private Map<String, Long> before;

  @BeforeEach
  void openATicketAndCountStoredRows() {
    ticketId = IntakeFixtures.portalContact(ana, "VPN", "VPN drops").getString("ticket.id");
    before = stored();
  }

  @Test
  void timeOutsideZeroToADayOnAReplyIs400NamingTheFieldAndRecordsNothing() {
    for (Object minutes : new Object[] {-1, 1441, 100_000, 99_999_999_999L, "soon", 2.5}) {
      assertInvalidField(
          post(
              AGENT,
              "/api/v1/tickets/" + ticketId + "/interactions",
              Map.of("body", "Restart it.", "timeSpentMinutes", minutes)),
          "timeSpentMinutes");
    }
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void timeOutsideZeroToADayOnATransitionIs400AndLeavesTheTicketAsItWas() {
    assertInvalidField(
        post(
            AGENT,
            "/api/v1/tickets/" + ticketId + "/transitions",
            Map.of(
                "to",
                "resolved",
                "resolution",
                Map.of("code", "solved"),
                "timeSpentMinutes",
                1441)),
        "timeSpentMinutes");

    assertThat(stored()).isEqualTo(before);
    assertThat(IntakeFixtures.ticket(AGENT, ticketId).getString("status")).isEqualTo("new");
  }

  @Test
  void aCustomerCannotLogTimeAndTheirMessageIsNotRecorded() {
    assertProblem(
        post(
            ana.token(),
            "/api/v1/tickets/" + ticketId + "/interactions",
            Map.of("body", "I spent an hour on this", "timeSpentMinutes", 60)),
        403);

    assertThat(stored()).isEqualTo(before);
  }

  private Map<String, Long> stored() {
    return RowCounts.of(dataSource, "interaction", "audit_entry", "ticket");
  }
}

package dev.switchboard.intake.ticket;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AutoCloseTest {

  @Inject AutoClose autoClose;

  @Test
  void aResolvedTicketClosesAfterTheQuietPeriodWithANotice() {
    String quiet = resolvedTicket();
    String recent = resolvedTicket();
    resolvedAgo(quiet, Duration.ofDays(4));

    assertThat(autoClose.closeQuietTickets()).isGreaterThanOrEqualTo(1);

    JsonPath closed = IntakeFixtures.ticket(AGENT, quiet);
    assertThat(closed.getString("status")).isEqualTo("closed");
    assertThat(closed.getList("interactions.body").toString()).contains("We closed");
    assertThat(IntakeFixtures.ticket(AGENT, recent).getString("status")).isEqualTo("resolved");
  }

  private static String resolvedTicket() {
    String id =
        IntakeFixtures.portalContact(Person.fresh(), "Mail", "Mail sync fails")
            .getString("ticket.id");
    transition(id, "resolved").then().statusCode(200);
    return id;
  }

  /** The scheduler reads due tickets from the database, so moving the time back is enough. */
  private static void resolvedAgo(String id, Duration age) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Ticket ticket = Ticket.findById(UUID.fromString(id));
              ticket.resolvedAt = Instant.now().minus(age);
            });
  }
}

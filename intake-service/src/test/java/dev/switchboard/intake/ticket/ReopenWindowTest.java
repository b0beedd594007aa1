package dev.switchboard.intake.ticket;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reopen window is {@code switchboard.intake.lifecycle.reopen-window} (P7D by default). */
@QuarkusTest
class ReopenWindowTest {

  @Test
  void aFollowUpAfterTheReopenWindowOpensANewTicketAndLeavesTheOldOneResolved() {
    Person ana = Person.fresh();
    JsonPath first = IntakeFixtures.portalContact(ana, "Laptop", "The laptop will not boot.");
    String id = first.getString("ticket.id");
    transition(id, "resolved").then().statusCode(200);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Ticket ticket = Ticket.findById(UUID.fromString(id));
              ticket.resolvedAt = Instant.now().minus(Duration.ofDays(8));
            });

    JsonPath followUp =
        IntakeFixtures.post(
                ana.token(),
                "/api/v1/contacts",
                Map.of(
                    "channel", "portal",
                    "ticketNumber", first.getString("ticket.number"),
                    "description", "It does not boot again since this morning."))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();

    assertThat(followUp.getString("outcome")).isEqualTo("created");
    assertThat(followUp.getString("ticket.id")).isNotEqualTo(id);
    assertThat(IntakeFixtures.ticket(AGENT, id).getString("status")).isEqualTo("resolved");
  }

  @Test
  void aFollowUpWithinTheReopenWindowReopensTheTicket() {
    Person ana = Person.fresh();
    JsonPath first = IntakeFixtures.portalContact(ana, "Laptop", "The laptop will not boot.");
    String id = first.getString("ticket.id");
    transition(id, "resolved").then().statusCode(200);

    JsonPath followUp =
        IntakeFixtures.followUp(
            ana, first.getString("ticket.number"), "It does not boot again since this morning.");

    assertThat(followUp.getString("ticket.id")).isEqualTo(id);
    assertThat(IntakeFixtures.ticket(AGENT, id).getString("status")).isEqualTo("reopened");
  }
}

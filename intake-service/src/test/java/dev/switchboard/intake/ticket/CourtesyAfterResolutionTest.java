package dev.switchboard.intake.ticket;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CourtesyAfterResolutionTest {

  @Test
  void thanksAfterResolutionIsRecordedButDoesNotReopen() {
    Person ana = Person.fresh();
    JsonPath created = IntakeFixtures.portalContact(ana, "Wifi", "Wifi drops in room 4");
    String number = created.getString("ticket.number");
    transition(created.getString("ticket.id"), "resolved").then().statusCode(200);

    JsonPath thanks = IntakeFixtures.followUp(ana, number, "Thank you, that worked");

    assertThat(thanks.getString("outcome")).isEqualTo("appended");
    assertThat(thanks.getString("ticket.status")).isEqualTo("resolved");
    JsonPath ticket = IntakeFixtures.ticket(AGENT, number);
    assertThat(ticket.getString("status")).isEqualTo("resolved");
    assertThat(ticket.getInt("reopenedCount")).isZero();
    assertThat(ticket.getList("interactions.kind")).contains("courtesy");
  }

  @Test
  void aRealFollowUpAfterResolutionReopens() {
    Person ana = Person.fresh();
    JsonPath created = IntakeFixtures.portalContact(ana, "Wifi", "Wifi drops in room 5");
    String number = created.getString("ticket.number");
    transition(created.getString("ticket.id"), "resolved").then().statusCode(200);

    JsonPath followUp =
        IntakeFixtures.followUp(ana, number, "Thanks, but it dropped again this morning");

    assertThat(followUp.getString("ticket.status")).isEqualTo("reopened");
    assertThat(IntakeFixtures.ticket(AGENT, number).getInt("reopenedCount")).isEqualTo(1);
  }

  @Test
  void aReplyToAPendingTicketPutsItBackInProgress() {
    Person ana = Person.fresh();
    JsonPath created = IntakeFixtures.portalContact(ana, "Access", "Need access to share X");
    String id = created.getString("ticket.id");
    transition(id, "in_progress").then().statusCode(200);
    transition(id, "pending").then().statusCode(200);

    JsonPath answer =
        IntakeFixtures.followUp(ana, created.getString("ticket.number"), "It is share \\\\fs1\\x");

    assertThat(answer.getString("ticket.status")).isEqualTo("in_progress");
  }
}

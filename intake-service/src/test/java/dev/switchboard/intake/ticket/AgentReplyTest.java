package dev.switchboard.intake.ticket;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import dev.switchboard.intake.contact.OutboundMessage;
import dev.switchboard.intake.contact.SentMessages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgentReplyTest {

  @Inject SentMessages sent;

  @Test
  void aPublicReplyIsRecordedAndHandedToTheTicketsChannel() {
    Person ana = Person.fresh();
    String id = IntakeFixtures.portalContact(ana, "Teams", "Teams crashes").getString("ticket.id");

    post(AGENT, "/api/v1/tickets/" + id + "/interactions", Map.of("body", "Please update Teams"))
        .then()
        .statusCode(201)
        .body("direction", org.hamcrest.Matchers.equalTo("outbound"))
        .body("kind", org.hamcrest.Matchers.equalTo("reply"))
        .body("from", org.hamcrest.Matchers.equalTo("agent1"));

    OutboundMessage message =
        sent.forTicket(UUID.fromString(id)).stream()
            .filter(m -> m.body().equals("Please update Teams"))
            .findFirst()
            .orElseThrow();
    assertThat(message.to()).isEqualTo(ana.email());
    assertThat(message.subject()).startsWith("[SD-");
    assertThat(IntakeFixtures.ticket(ana.token(), id).getList("interactions.body"))
        .contains("Please update Teams");
  }

  @Test
  void aCustomerMessageOnTheirOwnTicketIsAnInboundContact() {
    Person ana = Person.fresh();
    String id = IntakeFixtures.portalContact(ana, "Teams", "Teams crashes").getString("ticket.id");

    post(ana.token(), "/api/v1/tickets/" + id + "/interactions", Map.of("body", "Also Outlook"))
        .then()
        .statusCode(201)
        .body("direction", org.hamcrest.Matchers.equalTo("inbound"));
  }

  @Test
  void anInternalNoteIsNotSent() {
    String id =
        IntakeFixtures.portalContact(Person.fresh(), "Teams", "Teams crashes")
            .getString("ticket.id");
    post(
            AGENT,
            "/api/v1/tickets/" + id + "/interactions",
            Map.of("body", "check logs", "visibility", "internal"))
        .then()
        .statusCode(201)
        .body("kind", org.hamcrest.Matchers.equalTo("note"));
    assertThat(sent.forTicket(UUID.fromString(id))).noneMatch(m -> m.body().equals("check logs"));
  }
}

package dev.switchboard.intake.majorincident;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import dev.switchboard.intake.contact.OutboundMessage;
import dev.switchboard.intake.contact.SentMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MajorIncidentTest {

  @Inject SentMessages sent;

  @Test
  void aMatchingContactIsLinkedAndGetsTheLatestUpdateAtOnce() {
    String keyword = "gateway" + UUID.randomUUID().toString().substring(0, 6);
    String incident = declare(keyword);
    post(AGENT, "/api/v1/major-incidents/" + incident + "/updates", Map.of("body", "Restarting"))
        .then()
        .statusCode(201);
    post(AGENT, "/api/v1/major-incidents/" + incident + "/updates", Map.of("body", "Back at 11"))
        .then()
        .statusCode(201);

    JsonPath answer =
        post(
                Person.fresh().token(),
                "/api/v1/contacts",
                Map.of("channel", "portal", "description", "The " + keyword + " is down"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();

    assertThat(answer.getString("outcome")).isEqualTo("linked_to_major_incident");
    JsonPath ticket = IntakeFixtures.ticket(AGENT, answer.getString("ticket.id"));
    assertThat(ticket.getString("majorIncidentId")).isEqualTo(incident);
    assertThat(ticket.getList("signals")).contains("major_incident");
    assertThat(ticket.getList("interactions.body")).contains("Back at 11");
    assertThat(ticket.getList("interactions.body")).doesNotContain("Restarting");
  }

  @Test
  void anUpdateGoesOnceToEveryLinkedContactOnItsOwnChannel() {
    String incident = declare("kw" + UUID.randomUUID().toString().substring(0, 6));
    String portal =
        IntakeFixtures.portalContact(Person.fresh(), "Down", "Down").getString("ticket.id");
    String phone =
        post(
                AGENT,
                "/api/v1/contacts",
                Map.of(
                    "channel", "phone",
                    "customer", Map.of("email", Person.fresh().email()),
                    "description", "Caller reports outage"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("ticket.id");
    link(incident, portal);
    link(incident, phone);

    post(AGENT, "/api/v1/major-incidents/" + incident + "/updates", Map.of("body", "Fixed soon"))
        .then()
        .statusCode(201);

    assertThat(updatesTo(portal, "Fixed soon"))
        .singleElement()
        .extracting(m -> m.channel().wire())
        .isEqualTo("portal");
    assertThat(updatesTo(phone, "Fixed soon"))
        .singleElement()
        .extracting(m -> m.channel().wire())
        .isEqualTo("phone");
    assertThat(IntakeFixtures.ticket(AGENT, phone).getList("interactions.body"))
        .containsOnlyOnce("Fixed soon");
  }

  @Test
  void resolvingTheMajorIncidentResolvesTheLinkedTickets() {
    String incident = declare("kw" + UUID.randomUUID().toString().substring(0, 6));
    String ticket =
        IntakeFixtures.portalContact(Person.fresh(), "Down", "Down").getString("ticket.id");
    link(incident, ticket);

    post(
            AGENT,
            "/api/v1/major-incidents/" + incident + "/resolution",
            Map.of("summary", "Replaced the gateway"))
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("resolved"));

    JsonPath resolved = IntakeFixtures.ticket(AGENT, ticket);
    assertThat(resolved.getString("status")).isEqualTo("resolved");
    assertThat(resolved.getString("resolution.summary")).isEqualTo("Replaced the gateway");
  }

  private List<OutboundMessage> updatesTo(String ticketId, String body) {
    return sent.forTicket(UUID.fromString(ticketId)).stream()
        .filter(m -> m.body().equals(body))
        .toList();
  }

  private static String declare(String keyword) {
    return post(
            AGENT,
            "/api/v1/major-incidents",
            Map.of(
                "title",
                "Outage " + keyword,
                "description",
                "Everything is down",
                "keywords",
                List.of(keyword)))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  private static void link(String incident, String ticketId) {
    post(AGENT, "/api/v1/major-incidents/" + incident + "/links", Map.of("ticketId", ticketId))
        .then()
        .statusCode(200);
  }
}

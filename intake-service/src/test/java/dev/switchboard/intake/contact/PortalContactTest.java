package dev.switchboard.intake.contact;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PortalContactTest {

  @Test
  void portalContactOpensATicketWithPriorityFromTheMatrix() {
    Person ana = Person.fresh();
    JsonPath answer = IntakeFixtures.portalContact(ana, "VPN drops", "My VPN drops every hour");

    assertThat(answer.getString("outcome")).isEqualTo("created");
    assertThat(answer.getString("interactionId")).isNotBlank();
    assertThat(answer.getString("customerId")).isNotBlank();
    assertThat(answer.getString("ticket.number")).matches("SD-\\d+");
    assertThat(answer.getString("ticket.type")).isEqualTo("incident");
    assertThat(answer.getString("ticket.impact")).isEqualTo("medium");
    assertThat(answer.getString("ticket.urgency")).isEqualTo("high");
    assertThat(answer.getString("ticket.priority")).isEqualTo("p2");
    assertThat(answer.getString("ticket.status")).isEqualTo("new");

    JsonPath ticket = IntakeFixtures.ticket(ana.token(), answer.getString("ticket.number"));
    assertThat(ticket.getString("channel")).isEqualTo("portal");
    assertThat(ticket.getString("customerId")).isEqualTo(answer.getString("customerId"));
    assertThat(ticket.getList("signals")).doesNotContain("needs_triage");
    assertThat(ticket.getList("interactions")).hasSize(1);
    assertThat(ticket.getString("interactions[0].direction")).isEqualTo("inbound");
    assertThat(ticket.getString("interactions[0].from")).isEqualTo(ana.email());
  }

  @Test
  void missingImpactAndUrgencyGetDefaultsAndNeedTriage() {
    Person ben = Person.fresh();
    JsonPath answer =
        post(
                ben.token(),
                "/api/v1/contacts",
                Map.of(
                    "channel", "portal",
                    "subject", "Laptop",
                    "description", "My laptop will not boot",
                    "type", "incident"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();

    assertThat(answer.getString("ticket.impact")).isEqualTo("medium");
    assertThat(answer.getString("ticket.urgency")).isEqualTo("medium");
    assertThat(answer.getString("ticket.priority")).isEqualTo("p3");
    assertThat(IntakeFixtures.ticket(AGENT, answer.getString("ticket.id")).getList("signals"))
        .contains("needs_triage");
  }

  @Test
  void catalogItemMakesAServiceRequest() {
    JsonPath answer =
        post(
                Person.fresh().token(),
                "/api/v1/contacts",
                Map.of(
                    "channel", "portal",
                    "subject", "New monitor",
                    "description", "I need a second monitor",
                    "catalogItem", "hardware-monitor",
                    "category", "hardware"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();

    assertThat(answer.getString("ticket.type")).isEqualTo("service_request");
  }

  @Test
  void serviceRequestWithoutCatalogItemOrCategoryIsRefused() {
    post(
            Person.fresh().token(),
            "/api/v1/contacts",
            Map.of(
                "channel", "portal",
                "description", "I would like something",
                "type", "service_request"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void staffMustSayWhoTheCustomerIs() {
    post(AGENT, "/api/v1/contacts", Map.of("channel", "phone", "description", "caller hung up"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}

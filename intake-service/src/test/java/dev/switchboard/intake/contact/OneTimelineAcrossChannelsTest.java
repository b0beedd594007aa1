package dev.switchboard.intake.contact;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OneTimelineAcrossChannelsTest {

  @Test
  void portalThenChatThenPhoneLandOnOneTimeline() {
    Person ana = Person.fresh();
    String handle = ana.user() + "-chat";
    String digits = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    String customerId =
        IntakeFixtures.portalContact(ana, "Printer", "The printer jams").getString("customerId");

    JsonPath chat =
        post(
                AGENT,
                "/api/v1/contacts",
                Map.of(
                    "channel",
                    "chat",
                    "customer",
                    Map.of("email", ana.email().toUpperCase(), "chatHandle", handle),
                    "description",
                    "Hi, my monitor flickers",
                    "conversationId",
                    "conv-" + handle))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    JsonPath phone =
        post(
                AGENT,
                "/api/v1/contacts",
                Map.of(
                    "channel", "phone",
                    "customer",
                        Map.of(
                            "chatHandle",
                            handle,
                            "phone",
                            "(555) " + digits.substring(0, 3) + "-" + digits.substring(3)),
                    "subject", "Called about the keyboard",
                    "description", "Keyboard keys stick"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();

    assertThat(chat.getString("customerId")).isEqualTo(customerId);
    assertThat(phone.getString("customerId")).isEqualTo(customerId);

    JsonPath context =
        given()
            .auth()
            .oauth2(ana.token())
            .get("/api/v1/customers/" + customerId + "/context")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(context.getList("timeline.channel")).containsExactly("phone", "chat", "portal");
    assertThat(context.getList("customer.identities.kind"))
        .contains("email", "oidc_subject", "chat_handle", "phone");
    assertThat(context.getList("openTickets")).hasSize(3);

    given()
        .auth()
        .oauth2(AGENT)
        .queryParam("identity", "phone:+1555" + digits)
        .get("/api/v1/customers")
        .then()
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.equalTo(1))
        .body("items[0].id", org.hamcrest.Matchers.equalTo(customerId));
  }

  @Test
  void aChatConversationContinuesOneTicket() {
    String handle = "chat-" + Person.fresh().user();
    Map<String, Object> first =
        Map.of(
            "channel",
            "chat",
            "customer",
            Map.of("chatHandle", handle),
            "description",
            "Outlook keeps asking for my password",
            "conversationId",
            "conv-" + handle);
    String ticketId =
        post(AGENT, "/api/v1/contacts", first)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("ticket.id");

    JsonPath second =
        post(
                AGENT,
                "/api/v1/contacts",
                Map.of(
                    "channel",
                    "chat",
                    "customer",
                    Map.of("chatHandle", handle),
                    "description",
                    "It started after the update",
                    "conversationId",
                    "conv-" + handle))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(second.getString("outcome")).isEqualTo("appended");
    assertThat(second.getString("ticket.id")).isEqualTo(ticketId);
    assertThat(IntakeFixtures.ticket(AGENT, ticketId).getList("interactions")).hasSize(2);
  }

  @Test
  void anotherCustomersConversationIdDoesNotJoinTheirTicket() {
    String conversation = "conv-" + Person.fresh().user();
    Person ana = Person.fresh();
    Person ben = Person.fresh();
    Map<String, Object> body =
        Map.of("channel", "chat", "description", "Wifi is slow", "conversationId", conversation);
    String anaTicket =
        post(ana.token(), "/api/v1/contacts", body)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("ticket.id");

    JsonPath bens =
        post(ben.token(), "/api/v1/contacts", body).then().statusCode(201).extract().jsonPath();

    assertThat(bens.getString("ticket.id")).isNotEqualTo(anaTicket);
  }

  @Test
  void aCustomerWithManyOpenTicketsSeesTheNewestFiftyAndTheirNumber() {
    Person busy = Person.fresh();
    String customerId = null;
    for (int i = 1; i <= 52; i++) {
      customerId =
          IntakeFixtures.portalContact(busy, "Sensor alert " + i, "Sensor " + i + " is offline")
              .getString("customerId");
    }

    JsonPath context =
        given()
            .auth()
            .oauth2(AGENT)
            .get("/api/v1/customers/" + customerId + "/context")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(context.getList("openTickets")).hasSize(50);
    assertThat(context.getLong("openTicketCount")).isEqualTo(52);
    assertThat(context.getString("openTickets[0].subject")).isEqualTo("Sensor alert 52");
    assertThat(context.getInt("signals.contactsLast7Days")).isEqualTo(52);
  }
}

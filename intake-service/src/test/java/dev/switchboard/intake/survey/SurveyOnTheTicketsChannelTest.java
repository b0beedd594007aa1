package dev.switchboard.intake.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.experience.ExperienceEvent;
import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import dev.switchboard.intake.email.channel.EmailFixtures;
import dev.switchboard.intake.events.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** metrics-service asks for a CSAT survey; the customer gets the link on the ticket's channel. */
@QuarkusTest
class SurveyOnTheTicketsChannelTest {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  @Test
  void aPortalTicketGetsTheSurveyLinkAsOneNotificationEvenWhenTheEventIsRedelivered()
      throws Exception {
    Person ana = Person.fresh();
    JsonPath created = IntakeFixtures.portalContact(ana, "VPN", "VPN drops");
    String id = created.getString("ticket.id");
    String number = created.getString("ticket.number");
    String link = "http://localhost:8084/api/v1/surveys/" + UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();

    requestSurvey(id, number, created.getString("customerId"), "portal", link, eventId);
    await().atMost(Duration.ofSeconds(30)).until(() -> withLink(ana, id, link).size() == 1);

    // the same event again, then another survey behind it on the ticket's partition: once the
    // second one is on the ticket, the redelivery has been handled
    requestSurvey(id, number, created.getString("customerId"), "portal", link, eventId);
    String later = "http://localhost:8084/api/v1/surveys/" + UUID.randomUUID();
    requestSurvey(
        id, number, created.getString("customerId"), "portal", later, UUID.randomUUID().toString());
    await().atMost(Duration.ofSeconds(30)).until(() -> withLink(ana, id, later).size() == 1);

    List<Map<String, Object>> surveys = withLink(ana, id, link);
    assertThat(surveys).hasSize(1);
    assertThat(surveys.get(0))
        .containsEntry("kind", "notification")
        .containsEntry("direction", "outbound")
        .containsEntry("visibility", "public")
        .containsEntry("channel", "portal");
    assertThat((String) surveys.get(0).get("body")).contains(number);
  }

  @Test
  void anEmailTicketGetsTheSurveyLinkByMail() throws Exception {
    String address = EmailFixtures.freshAddress("ana");
    JsonPath created =
        EmailFixtures.post(
                EmailFixtures.mail(
                    address, EmailFixtures.messageId(), "Printer jams", "on every page"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    EmailFixtures.awaitMail(address, 1); // the acknowledgement
    String number = created.getString("ticket.number");
    String link = "http://localhost:8084/api/v1/surveys/" + UUID.randomUUID();

    requestSurvey(
        created.getString("ticket.id"),
        number,
        created.getString("customerId"),
        "email",
        link,
        UUID.randomUUID().toString());

    MimeMessage survey = EmailFixtures.awaitMail(address, 2);
    assertThat(survey.getSubject()).isEqualTo("[" + number + "] How did we do?");
    assertThat(survey.getContent().toString()).contains(link);
    List<Map<String, Object>> recorded =
        IntakeFixtures.ticket(IntakeFixtures.AGENT, created.getString("ticket.id"))
            .<Map<String, Object>>getList("interactions")
            .stream()
            .filter(i -> String.valueOf(i.get("body")).contains(link))
            .toList();
    assertThat(recorded)
        .singleElement()
        .satisfies(i -> assertThat(i).containsEntry("channel", "email"));
  }

  private static List<Map<String, Object>> withLink(Person customer, String ticketId, String link) {
    return IntakeFixtures.ticket(customer.token(), ticketId)
        .<Map<String, Object>>getList("interactions")
        .stream()
        .filter(i -> String.valueOf(i.get("body")).contains(link))
        .toList();
  }

  private static void requestSurvey(
      String ticketId,
      String number,
      String customerId,
      String channel,
      String link,
      String eventId)
      throws Exception {
    String payload =
        JSON.writeValueAsString(
            new ExperienceEvent(
                UUID.fromString(ticketId),
                number,
                UUID.fromString(customerId),
                channel,
                link,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                Instant.now()));
    KafkaProbe.send(
        "switchboard.experience", ticketId, eventId, EventType.SURVEY_REQUESTED.ceType(), payload);
  }
}

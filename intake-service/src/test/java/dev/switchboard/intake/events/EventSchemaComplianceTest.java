package dev.switchboard.intake.events;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.post;
import static dev.switchboard.intake.IntakeFixtures.transition;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.EventSchemas;
import dev.switchboard.contracts.EventType;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventSchemaComplianceTest {

  private static final Set<EventType> TICKET_EVENTS =
      Set.of(
          EventType.TICKET_CREATED,
          EventType.TICKET_CLASSIFIED,
          EventType.TICKET_UPDATED,
          EventType.TICKET_LINKED,
          EventType.TICKET_STATUS_CHANGED,
          EventType.TICKET_RESOLVED,
          EventType.TICKET_REOPENED,
          EventType.TICKET_CLOSED);

  @Test
  void everyEventTypeIntakeEmitsMatchesItsJsonSchema() {
    Person ana = Person.fresh();
    String keyword = "kw" + UUID.randomUUID().toString().substring(0, 6);
    String id =
        post(
                ana.token(),
                "/api/v1/contacts",
                Map.of("channel", "portal", "description", "My printer shows error " + keyword))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("ticket.id");
    given()
        .auth()
        .oauth2(AGENT)
        .contentType(ContentType.JSON)
        .body(Map.of("impact", "high"))
        .patch("/api/v1/tickets/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(AGENT)
        .contentType(ContentType.JSON)
        .body(Map.of("type", "service_request", "category", "access"))
        .patch("/api/v1/tickets/" + id)
        .then()
        .statusCode(200);
    String incident =
        post(AGENT, "/api/v1/major-incidents", Map.of("title", "Printers", "keywords", List.of()))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    post(AGENT, "/api/v1/major-incidents/" + incident + "/links", Map.of("ticketId", id))
        .then()
        .statusCode(200);
    transition(id, "resolved").then().statusCode(200);
    post(ana.token(), "/api/v1/tickets/" + id + "/confirmation", Map.of("resolved", false))
        .then()
        .statusCode(200);
    transition(id, "in_progress").then().statusCode(200);
    transition(id, "resolved").then().statusCode(200);
    transition(id, "closed").then().statusCode(200);

    List<ConsumerRecord<String, String>> events =
        KafkaProbe.await(
            "switchboard.tickets",
            r -> id.equals(r.key()),
            found -> types(found).containsAll(TICKET_EVENTS));
    assertThat(types(events)).containsAll(TICKET_EVENTS);
    for (ConsumerRecord<String, String> event : events) {
      EventType type = EventType.fromCeType(KafkaProbe.header(event, "ce_type")).orElseThrow();
      assertThat(EventSchemas.validate(type, event.value())).as(type.ceType()).isEmpty();
    }

    List<ConsumerRecord<String, String>> interactions =
        KafkaProbe.await("switchboard.interactions", r -> id.equals(r.key()), f -> f.size() >= 5);
    for (ConsumerRecord<String, String> interaction : interactions) {
      assertThat(EventSchemas.validate(EventType.INTERACTION_RECORDED, interaction.value()))
          .isEmpty();
    }
  }

  private static Set<EventType> types(List<ConsumerRecord<String, String>> records) {
    return records.stream()
        .map(r -> EventType.fromCeType(KafkaProbe.header(r, "ce_type")).orElseThrow())
        .collect(Collectors.toSet());
  }
}

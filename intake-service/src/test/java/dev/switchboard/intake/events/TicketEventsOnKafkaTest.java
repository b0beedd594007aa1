package dev.switchboard.intake.events;

import static dev.switchboard.intake.IntakeFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.EventSchemas;
import dev.switchboard.contracts.EventType;
import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketEventsOnKafkaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void ticketEventsAreKeyedByTicketAndCarryTheWholeTicket() throws Exception {
    Person ana = Person.fresh();
    JsonPath created = IntakeFixtures.portalContact(ana, "Events", "Check the events");
    String id = created.getString("ticket.id");
    transition(id, "in_progress").then().statusCode(200);
    transition(id, "resolved").then().statusCode(200);

    List<ConsumerRecord<String, String>> events =
        KafkaProbe.await(
            "switchboard.tickets", r -> id.equals(r.key()), found -> found.size() >= 3);

    assertThat(events)
        .extracting(r -> KafkaProbe.header(r, "ce_type"))
        .containsExactly(
            "switchboard.ticket.created.v1",
            "switchboard.ticket.status-changed.v1",
            "switchboard.ticket.resolved.v1");
    JsonNode createdEvent = JSON.readTree(events.get(0).value());
    assertThat(createdEvent.get("number").asText()).isEqualTo(created.getString("ticket.number"));
    assertThat(createdEvent.get("customerId").asText()).isEqualTo(created.getString("customerId"));
    assertThat(createdEvent.get("customerEmail").asText()).isEqualTo(ana.email());
    assertThat(createdEvent.get("priority").asText()).isEqualTo("p2");
    assertThat(createdEvent.get("channel").asText()).isEqualTo("portal");
    assertThat(createdEvent.get("signals").get("contactsLast7Days").asInt()).isEqualTo(1);
    JsonNode resolved = JSON.readTree(events.get(2).value());
    assertThat(resolved.get("previousStatus").asText()).isEqualTo("in_progress");
    assertThat(resolved.get("resolution").get("code").asText()).isEqualTo("solved");
    assertThat(resolved.get("actor").asText()).isEqualTo("agent1");
    assertThat(resolved.get("customerEmail").asText())
        .as("a later event reads the customer's e-mail with its signals")
        .isEqualTo(ana.email());
    assertThat(resolved.get("signals").get("contactsLast7Days").asInt()).isEqualTo(1);
    assertThat(EventSchemas.validate(EventType.TICKET_CREATED, events.get(0).value())).isEmpty();
    assertThat(EventSchemas.validate(EventType.TICKET_STATUS_CHANGED, events.get(1).value()))
        .isEmpty();
    assertThat(EventSchemas.validate(EventType.TICKET_RESOLVED, resolved.toString())).isEmpty();
  }

  @Test
  void everyInteractionIsAnnounced() throws Exception {
    JsonPath created = IntakeFixtures.portalContact(Person.fresh(), "Events", "Interactions");
    String id = created.getString("ticket.id");

    List<ConsumerRecord<String, String>> events =
        KafkaProbe.await(
            "switchboard.interactions", r -> id.equals(r.key()), found -> !found.isEmpty());

    ConsumerRecord<String, String> recorded = events.get(0);
    assertThat(KafkaProbe.header(recorded, "ce_type"))
        .isEqualTo("switchboard.interaction.recorded.v1");
    JsonNode payload = JSON.readTree(recorded.value());
    assertThat(payload.get("interactionId").asText()).isEqualTo(created.getString("interactionId"));
    assertThat(payload.get("ticketNumber").asText()).isEqualTo(created.getString("ticket.number"));
    assertThat(payload.get("direction").asText()).isEqualTo("inbound");
    assertThat(payload.get("kind").asText()).isEqualTo("contact");
    assertThat(payload.get("authorRole").asText()).isEqualTo("customer");
    assertThat(EventSchemas.validate(EventType.INTERACTION_RECORDED, recorded.value())).isEmpty();
  }
}

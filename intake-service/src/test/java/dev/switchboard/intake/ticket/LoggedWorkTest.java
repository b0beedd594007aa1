package dev.switchboard.intake.ticket;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.EventSchemas;
import dev.switchboard.contracts.EventType;
import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import dev.switchboard.intake.events.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Agents log the work of a reply, a note or a status move; it reaches metrics as handle time. */
@QuarkusTest
class LoggedWorkTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void minutesLoggedOnAReplyArriveAsHandleSecondsInTheInteractionEvent() throws Exception {
    Person ana = Person.fresh();
    String id = IntakeFixtures.portalContact(ana, "VPN", "VPN drops").getString("ticket.id");

    JsonPath reply = write(id, Map.of("body", "Restart the VPN client.", "timeSpentMinutes", 15));
    assertThat(reply.getInt("timeSpentMinutes")).isEqualTo(15);
    String replyId = reply.getString("id");

    JsonNode event = interactionEvent(id, replyId);
    assertThat(event.get("handleSeconds").asLong()).isEqualTo(15 * 60);
    assertThat(event.get("kind").asText()).isEqualTo("reply");
    assertThat(interaction(IntakeFixtures.ticket(AGENT, id), replyId).get("timeSpentMinutes"))
        .isEqualTo(15);
  }

  @Test
  void minutesLoggedOnAnInternalNoteArriveAsHandleSecondsInTheInteractionEvent() throws Exception {
    String id =
        IntakeFixtures.portalContact(Person.fresh(), "VPN", "VPN drops").getString("ticket.id");

    JsonPath note =
        write(id, Map.of("body", "Gateway logs", "visibility", "internal", "timeSpentMinutes", 20));

    assertThat(note.getString("kind")).isEqualTo("note");
    assertThat(interactionEvent(id, note.getString("id")).get("handleSeconds").asLong())
        .isEqualTo(20 * 60);
  }

  @Test
  void workLoggedWhileResolvingIsTheAgentsInternalWorkNoteAndItsHandleSeconds() throws Exception {
    Person ana = Person.fresh();
    String id = IntakeFixtures.portalContact(ana, "VPN", "VPN drops").getString("ticket.id");

    post(
            AGENT,
            "/api/v1/tickets/" + id + "/transitions",
            Map.of(
                "to",
                "resolved",
                "reason",
                "profile reset",
                "resolution",
                Map.of("code", "solved", "summary", "Reset the VPN profile"),
                "timeSpentMinutes",
                25))
        .then()
        .statusCode(200)
        .body("status", equalTo("resolved"));

    List<Map<String, Object>> worked =
        IntakeFixtures.ticket(AGENT, id).<Map<String, Object>>getList("interactions").stream()
            .filter(i -> i.get("timeSpentMinutes") != null)
            .toList();
    assertThat(worked).hasSize(1);
    Map<String, Object> note = worked.get(0);
    assertThat(note)
        .containsEntry("kind", "note")
        .containsEntry("visibility", "internal")
        .containsEntry("from", "agent1")
        .containsEntry("timeSpentMinutes", 25);
    assertThat((String) note.get("body")).contains("resolved").contains("profile reset");
    assertThat(interactionEvent(id, (String) note.get("id")).get("handleSeconds").asLong())
        .isEqualTo(25 * 60);
    assertThat(IntakeFixtures.ticket(ana.token(), id).getList("interactions.id"))
        .doesNotContain(note.get("id"));
  }

  @Test
  void aMoveWithoutLoggedTimeWritesNoWorkNote() {
    String id =
        IntakeFixtures.portalContact(Person.fresh(), "VPN", "VPN drops").getString("ticket.id");
    int before = IntakeFixtures.ticket(AGENT, id).getList("interactions").size();

    IntakeFixtures.transition(id, "in_progress").then().statusCode(200);
    post(
            AGENT,
            "/api/v1/tickets/" + id + "/transitions",
            Map.of("to", "pending", "timeSpentMinutes", 0))
        .then()
        .statusCode(200);

    assertThat(IntakeFixtures.ticket(AGENT, id).getList("interactions")).hasSize(before);
  }

  @Test
  void customersDoNotSeeTheWorkLoggedOnAReply() {
    Person ana = Person.fresh();
    String id = IntakeFixtures.portalContact(ana, "VPN", "VPN drops").getString("ticket.id");
    String replyId =
        write(id, Map.of("body", "Restart it.", "timeSpentMinutes", 5)).getString("id");

    Map<String, Object> reply = interaction(IntakeFixtures.ticket(ana.token(), id), replyId);
    assertThat(reply).containsEntry("body", "Restart it.");
    assertThat(reply.get("timeSpentMinutes")).isNull();
  }

  @Test
  void theOpenApiDocumentDescribesTheFieldWithItsRangeAndExamples() {
    JsonPath openApi =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (String request : List.of("InteractionRequest", "TransitionRequest")) {
      String field = "components.schemas." + request + ".properties.timeSpentMinutes";
      assertThat(openApi.getString(field + ".type")).isEqualTo("integer");
      assertThat(openApi.getInt(field + ".minimum")).isZero();
      assertThat(openApi.getInt(field + ".maximum")).isEqualTo(1440);
    }
    assertThat(openApi.getMap("components.schemas.InteractionView.properties"))
        .containsKey("timeSpentMinutes");
    assertThat(example(openApi, "interactions", "reply")).containsEntry("timeSpentMinutes", 15);
    assertThat(example(openApi, "interactions", "note")).containsEntry("timeSpentMinutes", 20);
    assertThat(example(openApi, "transitions", "resolve")).containsEntry("timeSpentMinutes", 25);
  }

  /** The request body example {@code name} of {@code POST /api/v1/tickets/{id}/<path>}. */
  private static Map<String, Object> example(JsonPath openApi, String path, String name) {
    return openApi.getMap(
        "paths.'/api/v1/tickets/{id}/"
            + path
            + "'.post.requestBody.content.'application/json'.examples."
            + name
            + ".value");
  }

  /** An agent's reply or note; the recorded interaction. */
  private static JsonPath write(String ticketId, Map<String, Object> body) {
    return post(AGENT, "/api/v1/tickets/" + ticketId + "/interactions", body)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> interaction(JsonPath ticket, String interactionId) {
    return ticket.<Map<String, Object>>getList("interactions").stream()
        .filter(i -> interactionId.equals(i.get("id")))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode interactionEvent(String ticketId, String interactionId) throws Exception {
    List<ConsumerRecord<String, String>> events =
        KafkaProbe.await(
            "switchboard.interactions",
            r -> ticketId.equals(r.key()) && r.value().contains(interactionId),
            found -> !found.isEmpty());
    assertThat(events).hasSize(1);
    assertThat(EventSchemas.validate(EventType.INTERACTION_RECORDED, events.get(0).value()))
        .isEmpty();
    return JSON.readTree(events.get(0).value());
  }
}

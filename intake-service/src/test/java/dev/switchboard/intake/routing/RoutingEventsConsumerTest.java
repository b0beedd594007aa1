package dev.switchboard.intake.routing;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.routing.RoutingEvent;
import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import dev.switchboard.intake.audit.AuditEntry;
import dev.switchboard.intake.events.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoutingEventsConsumerTest {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  @Test
  void anAssignmentShowsGroupAndOwnerAndARedeliveryChangesNothing() throws Exception {
    JsonPath created = IntakeFixtures.portalContact(Person.fresh(), "Route me", "Please route");
    String id = created.getString("ticket.id");
    String eventId = UUID.randomUUID().toString();
    String payload = routed(id, created.getString("ticket.number"), "network-l1", "agent2");

    KafkaProbe.send(
        "switchboard.routing", id, eventId, EventType.TICKET_ASSIGNED.ceType(), payload);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "agent2".equals(IntakeFixtures.ticket(AGENT, id).getString("owner")));
    JsonPath assigned = IntakeFixtures.ticket(AGENT, id);
    assertThat(assigned.getString("group")).isEqualTo("network-l1");
    assertThat(assigned.getString("status")).isEqualTo("assigned");

    KafkaProbe.send(
        "switchboard.routing", id, eventId, EventType.TICKET_ASSIGNED.ceType(), payload);
    String marker = UUID.randomUUID().toString();
    KafkaProbe.send(
        "switchboard.routing",
        id,
        marker,
        EventType.TICKET_ESCALATED.ceType(),
        routed(id, created.getString("ticket.number"), "network-l2", null));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "network-l2".equals(IntakeFixtures.ticket(AGENT, id).getString("group")));

    List<String> actions =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    AuditEntry.<AuditEntry>list("entityId", UUID.fromString(id)).stream()
                        .map(e -> e.action)
                        .toList());
    assertThat(actions).containsOnlyOnce("status:new->assigned");
    assertThat(actions.stream().filter(a -> a.equals("routed"))).hasSize(1);
  }

  @Test
  void slaEventsAreSkippedWithoutAnInboxClaim() throws Exception {
    JsonPath created = IntakeFixtures.portalContact(Person.fresh(), "Watch me", "Please route");
    String id = created.getString("ticket.id");
    String number = created.getString("ticket.number");
    String breached = UUID.randomUUID().toString();
    KafkaProbe.send(
        "switchboard.routing",
        id,
        breached,
        EventType.SLA_BREACHED.ceType(),
        routed(id, number, "network-l1", null));
    // same key, same partition: once the assignment shows, the breach before it was consumed
    String assigned = UUID.randomUUID().toString();
    KafkaProbe.send(
        "switchboard.routing",
        id,
        assigned,
        EventType.TICKET_ASSIGNED.ceType(),
        routed(id, number, "network-l1", "agent2"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "agent2".equals(IntakeFixtures.ticket(AGENT, id).getString("owner")));

    assertThat(claimed(assigned)).isTrue();
    assertThat(claimed(breached)).as("no transaction, no inbox row").isFalse();
  }

  private static boolean claimed(String eventId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                !AuditEntry.getEntityManager()
                    .createNativeQuery(
                        "select 1 from eventing_inbox where consumer = ?1 and event_id = ?2")
                    .setParameter(1, RoutingEventsConsumer.CONSUMER)
                    .setParameter(2, eventId)
                    .getResultList()
                    .isEmpty());
  }

  private static String routed(String ticketId, String number, String group, String owner)
      throws Exception {
    return JSON.writeValueAsString(
        new RoutingEvent(
            UUID.fromString(ticketId),
            number,
            group,
            owner,
            null,
            null,
            "rule",
            null,
            null,
            null,
            List.of(),
            "p2",
            "portal",
            Instant.now(),
            null));
  }
}

package dev.switchboard.routing.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.localinfra.TestTokens;
import dev.switchboard.routing.support.Admin;
import dev.switchboard.routing.support.Tickets;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FairDistributionTest {

  @Test
  void hundredTicketsToFiveEquallyFreeAgentsGiveEachTwentyPlusOrMinusOne() {
    String group = "fair-" + UUID.randomUUID().toString().substring(0, 8);
    Admin.group(group, "load_balanced", null);
    List<String> agents = IntStream.rangeClosed(1, 5).mapToObj(i -> group + "-a" + i).toList();
    agents.forEach(a -> Admin.agent(a, List.of(group), List.of("triage"), 30));
    Admin.rule(group, group, group, List.of("triage"));

    for (int i = 0; i < 100; i++) {
      Tickets.publishCreated(Tickets.created(group + "/case", "p4", Instant.now()));
    }

    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> loads(group).values().stream().mapToInt(Integer::intValue).sum() == 100);
    assertThat(loads(group).values()).hasSize(5).allSatisfy(n -> assertThat(n).isBetween(19, 21));
  }

  @Test
  void agentAtCapacityIsSkipped() {
    String group = "cap-" + UUID.randomUUID().toString().substring(0, 8);
    Admin.group(group, "load_balanced", null);
    Admin.agent(group + "-a-full", List.of(group), List.of(), 1);
    Admin.agent(group + "-b-free", List.of(group), List.of(), 5);
    Admin.rule(group, group, group, List.of());

    // One ticket at a time: the three events would otherwise land on different partitions and
    // be handled in any order.
    TicketEvent first = assignedTicket(group);
    TicketEvent second = assignedTicket(group);
    TicketEvent third = assignedTicket(group);

    assertThat(owner(first.ticketId())).isEqualTo(group + "-a-full");
    assertThat(owner(second.ticketId())).isEqualTo(group + "-b-free");
    assertThat(owner(third.ticketId())).isEqualTo(group + "-b-free");
    assertThat(loads(group))
        .containsEntry(group + "-a-full", 1)
        .containsEntry(group + "-b-free", 2);
  }

  /** Publishes a ticket of the group and waits until routing has given it an owner. */
  private static TicketEvent assignedTicket(String group) {
    TicketEvent ticket = Tickets.created(group, "p4", Instant.now());
    Tickets.publishCreated(ticket);
    await().atMost(Duration.ofSeconds(20)).until(() -> owner(ticket.ticketId()) != null);
    return ticket;
  }

  static Map<String, Integer> loads(String group) {
    List<Map<String, Object>> items =
        given()
            .auth()
            .oauth2(TestTokens.supervisor("sam"))
            .queryParam("group", group)
            .get("/api/v1/agents")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return items.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                i -> (String) i.get("id"), i -> (Integer) i.get("load")));
  }

  static String owner(UUID ticketId) {
    var response =
        given()
            .auth()
            .oauth2(TestTokens.agent("agent1"))
            .get("/api/v1/tickets/" + ticketId + "/assignment");
    return response.statusCode() == 200 ? response.path("owner") : null;
  }
}

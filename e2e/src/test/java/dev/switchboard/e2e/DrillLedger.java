package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.localinfra.tools.StackClient;
import dev.switchboard.localinfra.tools.StackEndpoints;
import dev.switchboard.localinfra.tools.StackIdentities;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks what became of acknowledged contacts once the dust settled: stored in intake, assigned
 * once by routing, counted once by metrics.
 *
 * @param metricsBefore the experience report before the load; {@code tickets} the acknowledged ones
 * @param acknowledged tickets intake acknowledged with 2xx
 * @param stored of those, readable by id from intake
 * @param assigned of those, with an assignment in routing
 * @param duplicates of those, assigned more than once (history longer than one entry)
 * @param counted how much metrics' ticket total grew
 * @param failedRequests contacts not acknowledged (refused or unreachable), for the record
 */
record DrillLedger(
    String drill,
    JsonNode metricsBefore,
    List<String> tickets,
    int acknowledged,
    int stored,
    int assigned,
    int duplicates,
    long counted,
    int failedRequests) {

  /** Waits up to {@code limit} for every fact, then counts what is true. */
  static DrillLedger settle(
      String drill,
      StackEndpoints stack,
      StackIdentities identities,
      JsonNode metricsBefore,
      List<String> tickets,
      int failedRequests,
      Duration limit)
      throws IOException, InterruptedException {
    StackClient agent = identities.agent("agent1");
    Set<String> stored = new HashSet<>();
    Set<String> assigned = new HashSet<>();
    int duplicates = 0;
    long end = System.nanoTime() + limit.toNanos();
    do {
      duplicates = 0;
      for (String id : tickets) {
        if (!stored.contains(id)
            && agent.get(stack.intake().resolve("/api/v1/tickets/" + id)).status() == 200) {
          stored.add(id);
        }
        StackClient.Answer assignment =
            agent.get(stack.routing().resolve("/api/v1/tickets/" + id + "/assignment"));
        if (assignment.status() == 200) {
          assigned.add(id);
          duplicates += assignment.body().path("history").size() > 1 ? 1 : 0;
        }
      }
      if (assigned.size() < tickets.size()) {
        Thread.sleep(1000);
      }
    } while (assigned.size() < tickets.size() && System.nanoTime() < end);
    long counted = ticketsCounted(stack, identities, metricsBefore);
    while (counted < tickets.size() && System.nanoTime() < end) {
      Thread.sleep(1000);
      counted = ticketsCounted(stack, identities, metricsBefore);
    }
    DrillLedger ledger =
        new DrillLedger(
            drill,
            metricsBefore,
            List.copyOf(tickets),
            tickets.size(),
            stored.size(),
            assigned.size(),
            duplicates,
            counted,
            failedRequests);
    System.out.println(ledger.line());
    return ledger;
  }

  static JsonNode metrics(StackEndpoints stack, StackIdentities identities)
      throws IOException, InterruptedException {
    return identities
        .supervisor("sam")
        .get(stack.metrics().resolve("/api/v1/experience?by=channel"))
        .body();
  }

  private static long ticketsCounted(
      StackEndpoints stack, StackIdentities identities, JsonNode before)
      throws IOException, InterruptedException {
    return metrics(stack, identities).at("/total/tickets").asLong()
        - before.at("/total/tickets").asLong();
  }

  /** One line for the README: {@code drill name=… acknowledged=… …}. */
  String line() {
    return String.format(
        "drill name=%s acknowledged=%d stored=%d assigned=%d duplicates=%d metrics_tickets=%d"
            + " not_acknowledged=%d",
        drill, acknowledged, stored, assigned, duplicates, counted, failedRequests);
  }
}

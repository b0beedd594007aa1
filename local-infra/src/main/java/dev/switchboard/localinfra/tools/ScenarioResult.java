package dev.switchboard.localinfra.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * What one run of the whole-flow scenario did and what the services then reported about it.
 *
 * @param newTickets the tickets this run opened, by channel of the contact ({@code email}, …)
 * @param unassigned new tickets routing had no assignment for when the wait ended
 * @param assignmentHistory per new ticket: entries in its assignment history (1 = assigned once)
 * @param resolvedTickets distinct tickets resolved (a reopened one resolved again counts once)
 * @param resolutionsNamingArticle distinct tickets whose resolution named the published article
 * @param articleLinks links knowledge-service reports for that article
 * @param reopened tickets the customer reopened
 * @param surveysAnswered survey links answered
 * @param before the experience report before the run; {@code after} once it has counted the run
 */
public record ScenarioResult(
    Map<String, List<String>> newTickets,
    List<String> unassigned,
    Map<String, Integer> assignmentHistory,
    int resolvedTickets,
    int resolutionsNamingArticle,
    long articleLinks,
    int reopened,
    int surveysAnswered,
    JsonNode before,
    JsonNode after) {

  public int newTicketCount() {
    return newTickets.values().stream().mapToInt(List::size).sum();
  }

  /** How much a total measure ({@code resolved}, {@code csat/responses}) grew during the run. */
  public long totalGrowth(String measure) {
    return growth(before, after, measure);
  }

  static long growth(JsonNode before, JsonNode after, String measure) {
    String pointer = "/total/" + measure;
    return after.at(pointer).asLong() - before.at(pointer).asLong();
  }

  void print(PrintStream out) {
    out.println();
    out.println("Whole flow: what the services report");
    out.printf(
        "  new tickets %d (%s)%n",
        newTicketCount(),
        String.join(
            ", ",
            newTickets.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().size())
                .toList()));
    out.printf(
        "  assignments found %d/%d%s%n",
        newTicketCount() - unassigned.size(),
        newTicketCount(),
        unassigned.isEmpty() ? "" : " (none for " + String.join(", ", unassigned) + ")");
    out.printf(
        "  resolved %d (%d named the article), reopened by the customer %d, surveys answered %d%n",
        resolvedTickets, resolutionsNamingArticle, reopened, surveysAnswered);
    out.printf("  article links found %d/%d%n", articleLinks, resolutionsNamingArticle);
    out.printf(
        "  metrics grew by: contacts %d, tickets %d, resolved %d, CSAT responses %d%n",
        totalGrowth("contacts"),
        totalGrowth("tickets"),
        totalGrowth("resolved"),
        totalGrowth("csat/responses"));
    out.println("  experience by channel (last 30 days, whole stack):");
    out.printf(
        "    %-10s %8s %8s %8s %6s %7s %6s %5s%n",
        "channel", "contacts", "tickets", "resolved", "FCR", "reopen", "CSAT", "n");
    for (JsonNode group : after.path("groups")) {
      printRow(out, group);
    }
    printRow(out, after.path("total"));
  }

  private static void printRow(PrintStream out, JsonNode group) {
    out.printf(
        "    %-10s %8d %8d %8d %6s %7s %6s %5d%n",
        group.path("key").asText(),
        group.path("contacts").asLong(),
        group.path("tickets").asLong(),
        group.path("resolved").asLong(),
        rate(group.path("firstContactResolutionRate")),
        rate(group.path("reopenRate")),
        rate(group.path("csat").path("score")),
        group.path("csat").path("responses").asLong());
  }

  private static String rate(JsonNode value) {
    return value.isNumber() ? String.format("%.2f", value.asDouble()) : "-";
  }
}

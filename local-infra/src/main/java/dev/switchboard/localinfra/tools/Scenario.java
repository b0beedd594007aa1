package dev.switchboard.localinfra.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The whole flow on real data, through the public APIs only: mail and ticket rows come in, routing
 * assigns the new tickets, an agent writes an article and a supervisor publishes it, agents reply
 * and resolve (a third of the tickets with the article), customers confirm or reopen, answer their
 * surveys, and the scenario reads what knowledge and metrics made of it.
 */
public final class Scenario {

  private static final List<String> AGENTS = List.of("agent1", "agent2", "agent3");
  private static final List<String> CUSTOMERS = List.of("ana", "ben");
  private static final int[] RATINGS = {5, 4, 2, 5, 3};

  /**
   * What to feed in.
   *
   * @param mail a folder (or file) of mail; null for none
   * @param csv a ticket CSV; its first {@code rows} rows are sent, every tenth by ana or ben on the
   *     portal, the rest by the gateway on the API channel
   * @param run makes this run's contact keys new, so a second run opens new tickets too
   */
  public record Input(Path mail, int mails, Path csv, int rows, String run) {}

  private final StackEndpoints stack;
  private final StackIdentities identities;
  private final PrintStream out;
  private final Duration patience;

  /**
   * @param patience how long to wait for each asynchronous fact (assignments, links, metrics)
   */
  public Scenario(
      StackEndpoints stack, StackIdentities identities, PrintStream out, Duration patience) {
    this.stack = stack;
    this.identities = identities;
    this.out = out;
    this.patience = patience;
  }

  public ScenarioResult run(Input input) throws IOException, InterruptedException {
    StackClient supervisor = identities.supervisor("sam");
    JsonNode before = experience(supervisor);
    Map<String, NewTicket> tickets = importInput(input);
    out.printf("%d new tickets; waiting for routing to assign them...%n", tickets.size());
    Map<String, JsonNode> assignments = awaitAssignments(tickets.keySet());
    String articleId = publishArticle(input.run());

    try (SurveyLinks surveys =
        stack.kafkaBootstrap() == null ? null : new SurveyLinks(stack.kafkaBootstrap())) {
      Work work = work(tickets, assignments, articleId);
      int answered = 0;
      if (surveys == null) {
        out.println("No Kafka address: survey links are not readable here, none answered.");
      } else {
        Map<String, String> links =
            surveys.await(work.resolved.size(), Duration.ofSeconds(15), patience);
        answered = answerSurveys(links, work.resolved);
      }
      out.println("Waiting for knowledge and metrics to count the run...");
      long links = awaitArticleLinks(articleId, work.namingArticle.size());
      int surveysAnswered = answered;
      JsonNode after =
          awaitExperience(
              supervisor,
              report ->
                  ScenarioResult.growth(before, report, "resolved") >= work.resolved.size()
                      && ScenarioResult.growth(before, report, "csat/responses") >= surveysAnswered
                      && ScenarioResult.growth(before, report, "tickets") >= tickets.size());
      Map<String, List<String>> byChannel = new LinkedHashMap<>();
      tickets
          .values()
          .forEach(t -> byChannel.computeIfAbsent(t.channel, k -> new ArrayList<>()).add(t.id));
      Map<String, Integer> history = new LinkedHashMap<>();
      assignments.forEach((id, a) -> history.put(id, a.path("history").size()));
      List<String> unassigned =
          tickets.keySet().stream().filter(id -> !assignments.containsKey(id)).toList();
      ScenarioResult result =
          new ScenarioResult(
              byChannel,
              unassigned,
              history,
              work.resolved.size(),
              work.namingArticle.size(),
              links,
              work.reopened,
              surveysAnswered,
              before,
              after);
      result.print(out);
      return result;
    }
  }

  /** A ticket this run opened, and who may answer for its customer. */
  private record NewTicket(String id, String channel, StackClient customer) {}

  private Map<String, NewTicket> importInput(Input input) throws IOException, InterruptedException {
    ImportSummary summary = new ImportSummary();
    Importer importer = new Importer(summary, null);
    List<ImportItem> mails = new ArrayList<>();
    if (input.mail() != null) {
      importer.collect(input.mail());
      mails = importer.mails().stream().limit(input.mails()).toList();
    }
    Importer rows = new Importer(summary, null);
    if (input.csv() != null) {
      rows.collect(input.csv());
    }
    Map<String, NewTicket> tickets = new LinkedHashMap<>();
    // Mail in order, as the importer sends it; a message already imported opens nothing new.
    for (Importer.Sent sent : importer.send(identities.gateway(), stack.intake(), mails, 1, out)) {
      created(sent).ifPresent(id -> tickets.put(id, new NewTicket(id, "email", null)));
    }
    List<ImportItem> slice = rows.contacts().stream().limit(input.rows()).toList();
    Map<String, List<ImportItem>> byCustomer = new LinkedHashMap<>();
    List<ImportItem> byGateway = new ArrayList<>();
    for (int i = 0; i < slice.size(); i++) {
      ImportItem row = slice.get(i).keyedFor(input.run());
      if (i % 10 == 0) {
        String customer = CUSTOMERS.get(i / 10 % CUSTOMERS.size());
        byCustomer.computeIfAbsent(customer, k -> new ArrayList<>()).add(onPortal(row));
      } else {
        byGateway.add(row);
      }
    }
    for (Map.Entry<String, List<ImportItem>> own : byCustomer.entrySet()) {
      StackClient client = identities.customer(own.getKey());
      for (Importer.Sent sent : rows.send(client, stack.intake(), own.getValue(), 1, out)) {
        created(sent).ifPresent(id -> tickets.put(id, new NewTicket(id, "portal", client)));
      }
    }
    for (Importer.Sent sent : rows.send(identities.gateway(), stack.intake(), byGateway, 4, out)) {
      created(sent).ifPresent(id -> tickets.put(id, new NewTicket(id, "api", null)));
    }
    summary.print(out, "Imported:");
    return tickets;
  }

  /** The row as its customer reports it on the portal: a customer is always themselves. */
  private static ImportItem onPortal(ImportItem row) throws IOException {
    ObjectNode contact = (ObjectNode) StackClient.JSON.readTree(row.body());
    contact.put("channel", "portal");
    contact.remove("customer");
    return new ImportItem(
        ImportItem.Kind.CONTACT,
        row.source(),
        StackClient.JSON.writeValueAsBytes(contact),
        row.idempotencyKey());
  }

  private static Optional<String> created(Importer.Sent sent) {
    StackClient.Answer answer = sent.answer();
    boolean opened =
        answer != null
            && answer.status() == 201
            && "created".equals(answer.body().path("outcome").asText());
    return opened
        ? Optional.of(answer.body().path("ticket").path("id").asText())
        : Optional.empty();
  }

  private Map<String, JsonNode> awaitAssignments(Set<String> ticketIds)
      throws IOException, InterruptedException {
    StackClient agent = identities.agent(AGENTS.get(0));
    Map<String, JsonNode> found = new LinkedHashMap<>();
    long end = System.nanoTime() + patience.toNanos();
    while (found.size() < ticketIds.size() && System.nanoTime() < end) {
      for (String id : ticketIds) {
        if (!found.containsKey(id)) {
          StackClient.Answer answer =
              agent.get(stack.routing().resolve("/api/v1/tickets/" + id + "/assignment"));
          if (answer.status() == 200) {
            found.put(id, answer.body());
          }
        }
      }
      if (found.size() < ticketIds.size()) {
        Thread.sleep(500);
      }
    }
    out.printf("Routing assigned %d of %d.%n", found.size(), ticketIds.size());
    return found;
  }

  private String publishArticle(String run) throws IOException, InterruptedException {
    ObjectNode article = StackClient.JSON.createObjectNode();
    article.put("title", "Reset a forgotten password or unlock an account");
    article.put(
        "body",
        "1. Open the self-service portal and choose *Forgot password*.\n"
            + "2. Confirm the code sent to your phone.\n"
            + "3. Choose a new password; a locked account unlocks after the change.");
    article.put("category", "access/password");
    article.putArray("tags").add("password").add("account").add("unlock");
    article.put("audience", "public");
    StackClient.Answer created =
        expect(
            identities
                .agent(AGENTS.get(0))
                .postJson(
                    stack.knowledge().resolve("/api/v1/articles"),
                    article,
                    "scenario-article-" + run),
            "create the article");
    String id = created.body().path("id").asText();
    expect(
        identities
            .supervisor("sam")
            .postJson(
                stack.knowledge().resolve("/api/v1/articles/" + id + "/publish"),
                StackClient.JSON.createObjectNode(),
                "scenario-publish-" + run),
        "publish the article");
    out.printf("Article %s written by agent1, published by sam.%n", id);
    return id;
  }

  /** What the agents and customers did. */
  private record Work(Set<String> resolved, Set<String> namingArticle, int reopened) {}

  /**
   * Every third ticket is resolved with the article, every third without, the rest stay in work. Of
   * the resolved, every fourth is reopened by its customer (and resolved again), the others
   * confirmed.
   */
  private Work work(
      Map<String, NewTicket> tickets, Map<String, JsonNode> assignments, String articleId)
      throws IOException, InterruptedException {
    Set<String> resolved = new LinkedHashSet<>();
    Set<String> namingArticle = new LinkedHashSet<>();
    int reopened = 0;
    int i = 0;
    for (NewTicket ticket : tickets.values()) {
      StackClient agent = owner(assignments.get(ticket.id));
      URI base = stack.intake().resolve("/api/v1/tickets/" + ticket.id);
      int kind = i++ % 3;
      if (kind == 2) {
        transition(agent, base, Map.of("to", "in_progress"), ticket.id + "-work");
        continue;
      }
      String withArticle = kind == 0 ? articleId : null;
      expect(
          agent.postJson(
              URI.create(base + "/interactions"),
              Map.of(
                  "body",
                  withArticle == null
                      ? "Thanks for reporting this. We fixed it on our side; please try again."
                      : "Thanks for reporting this. These steps solve it: see the knowledge article.",
                  "visibility",
                  "public"),
              ticket.id + "-reply"),
          "reply on " + ticket.id);
      resolve(agent, base, withArticle, ticket.id + "-resolve");
      resolved.add(ticket.id);
      if (withArticle != null) {
        namingArticle.add(ticket.id);
      }
      StackClient customer = ticket.customer == null ? agent : ticket.customer;
      boolean reopen = resolved.size() % 4 == 0;
      expect(
          customer.postJson(
              URI.create(base + "/confirmation"),
              Map.of(
                  "resolved",
                  !reopen,
                  "comment",
                  reopen ? "Still broken after the fix." : "Works again, thank you."),
              ticket.id + "-confirm"),
          "confirm " + ticket.id);
      if (reopen) {
        reopened++;
        resolve(agent, base, withArticle, ticket.id + "-resolve-again");
      }
    }
    out.printf(
        "Agents resolved %d tickets (%d with the article); customers reopened %d.%n",
        resolved.size(), namingArticle.size(), reopened);
    return new Work(resolved, namingArticle, reopened);
  }

  /** The agent routing chose, when it is one of the demo agents. */
  private StackClient owner(JsonNode assignment) {
    String owner = assignment == null ? "" : assignment.path("owner").asText("");
    return identities.agent(AGENTS.contains(owner) ? owner : AGENTS.get(0));
  }

  private void resolve(StackClient agent, URI ticket, String articleId, String key)
      throws IOException, InterruptedException {
    ObjectNode resolution = StackClient.JSON.createObjectNode();
    resolution.put("code", articleId == null ? "fixed" : "solved_by_article");
    resolution.put("summary", "Resolved by the service desk scenario.");
    if (articleId != null) {
      resolution.put("articleId", articleId);
    }
    ObjectNode body = StackClient.JSON.createObjectNode();
    body.put("to", "resolved");
    body.set("resolution", resolution);
    transition(agent, ticket, body, key);
  }

  private void transition(StackClient agent, URI ticket, Object body, String key)
      throws IOException, InterruptedException {
    expect(agent.postJson(URI.create(ticket + "/transitions"), body, key), "move " + ticket);
  }

  private int answerSurveys(Map<String, String> links, Set<String> resolved)
      throws IOException, InterruptedException {
    int answered = 0;
    StackClient customer = identities.gateway(); // the token is the credential; any caller will do
    for (Map.Entry<String, String> link : links.entrySet()) {
      if (!resolved.contains(link.getKey())) {
        continue;
      }
      int rating = RATINGS[answered % RATINGS.length];
      StackClient.Answer answer =
          customer.postJson(
              URI.create(link.getValue()),
              Map.of("rating", rating, "comment", rating >= 4 ? "Quick and friendly." : "Slow."),
              "survey-" + link.getKey());
      if (answer.ok()) {
        answered++;
      }
    }
    out.printf("Customers answered %d of %d survey links.%n", answered, links.size());
    return answered;
  }

  private long awaitArticleLinks(String articleId, int expected)
      throws IOException, InterruptedException {
    StackClient agent = identities.agent(AGENTS.get(0));
    URI health = stack.knowledge().resolve("/api/v1/articles/" + articleId + "/health");
    long end = System.nanoTime() + patience.toNanos();
    long links = -1;
    while (System.nanoTime() < end) {
      links = expect(agent.get(health), "read the article's health").body().path("links").asLong();
      if (links >= expected) {
        break;
      }
      Thread.sleep(500);
    }
    return links;
  }

  private JsonNode experience(StackClient supervisor) throws IOException, InterruptedException {
    return expect(
            supervisor.get(stack.metrics().resolve("/api/v1/experience?by=channel")),
            "read the experience report")
        .body();
  }

  private JsonNode awaitExperience(StackClient supervisor, Predicate<JsonNode> counted)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + patience.toNanos();
    JsonNode report = experience(supervisor);
    while (!counted.test(report) && System.nanoTime() < end) {
      Thread.sleep(1000);
      report = experience(supervisor);
    }
    return report;
  }

  private static StackClient.Answer expect(StackClient.Answer answer, String what) {
    if (!answer.ok()) {
      throw new IllegalStateException(
          "could not " + what + ": " + answer.status() + " " + answer.body());
    }
    return answer;
  }
}

package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.switchboard.localinfra.tools.Scenario;
import dev.switchboard.localinfra.tools.ScenarioResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole-flow scenario of {@code ./switchboard scenario}, on a slice of the real corpus, across
 * the four running services: the facts that need more than one service to be true.
 */
@ExtendWith(RunningSuite.Extension.class)
class WholeFlowIT {

  private static ScenarioResult result;

  @BeforeAll
  static void runTheScenario(RunningSuite suite) throws Exception {
    Path mail = suite.corpus().resolve("email/zammad/mail");
    Path csv = suite.corpus().resolve("tickets/endava-support-tickets-partial/all_tickets.csv");
    // Like the other corpus tests: the corpus lives beside the repository and may be absent.
    assumeTrue(
        Files.isDirectory(mail) && Files.isRegularFile(csv), "no corpus at " + suite.corpus());
    Scenario scenario =
        new Scenario(suite.endpoints(), suite.identities(), System.out, Duration.ofMinutes(2));
    long started = System.nanoTime();
    result = scenario.run(new Scenario.Input(mail, 8, csv, 24, "it"));
    System.out.printf("scenario ran in %.0f s%n", (System.nanoTime() - started) / 1e9);
  }

  @Test
  void mailAndTicketRowsOpenTicketsOnEveryChannel() {
    assertThat(result.newTickets()).containsKeys("email", "api", "portal");
  }

  @Test
  void everyNewTicketGetsExactlyOneAssignment() {
    assertThat(result.unassigned()).isEmpty();
    assertThat(result.assignmentHistory()).hasSize(result.newTicketCount());
    assertThat(result.assignmentHistory().values()).allMatch(entries -> entries == 1);
  }

  @Test
  void everyResolutionThatNamedAnArticleIsLinkedToIt() {
    assertThat(result.resolutionsNamingArticle()).isPositive();
    assertThat(result.articleLinks()).isEqualTo(result.resolutionsNamingArticle());
  }

  @Test
  void metricsCountEveryResolutionOnce() {
    assertThat(result.reopened()).isPositive(); // a reopened ticket is resolved twice
    assertThat(result.totalGrowth("resolved")).isEqualTo(result.resolvedTickets());
    assertThat(result.totalGrowth("tickets")).isEqualTo(result.newTicketCount());
  }

  @Test
  void everyAnsweredSurveyCountsInCsat() {
    assertThat(result.surveysAnswered()).isPositive();
    assertThat(result.totalGrowth("csat/responses")).isEqualTo(result.surveysAnswered());
  }
}

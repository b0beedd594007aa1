package dev.switchboard.knowledge.kcs;

import static dev.switchboard.knowledge.KnowledgeApi.CUSTOMER;
import static dev.switchboard.knowledge.KnowledgeApi.article;
import static dev.switchboard.knowledge.KnowledgeApi.published;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.knowledge.KafkaProbe;
import dev.switchboard.knowledge.KnowledgeApi;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KcsLinkingTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void resolvedTicketNamingAnArticleLinksItOnceEvenWhenRedelivered() {
    UUID articleId =
        published(article("Clear a paper jam", "Open tray 2.", "printing", "public", List.of()));
    UUID ticketId = UUID.randomUUID();
    TicketEvent resolved = TicketEvents.resolved(ticketId, "printing", articleId);

    String ceId = TicketEvents.send(EventType.TICKET_RESOLVED, resolved);
    await().atMost(Duration.ofSeconds(30)).until(() -> links(articleId) == 1);
    KafkaProbe.send(ceId, EventType.TICKET_RESOLVED, ticketId, resolved);
    TicketEvents.send(EventType.TICKET_RESOLVED, resolved);
    // same key, same partition: once the reopening is applied, the copies before it were too
    TicketEvents.send(EventType.TICKET_REOPENED, TicketEvents.reopened(ticketId, "printing"));
    await().atMost(Duration.ofSeconds(30)).until(() -> reopenedLinks(articleId) == 1);

    assertThat(links(articleId)).isEqualTo(1);
    assertThat(KafkaProbe.payloads(EventType.ARTICLE_LINKED, ticketId.toString())).hasSize(1);
  }

  @Test
  void reopenedLinkedTicketCountsAgainstTheArticle() {
    UUID articleId =
        published(
            article("Fix toner streaks", "Shake the toner.", "printing", "public", List.of()));
    UUID solved = UUID.randomUUID();
    UUID reopened = UUID.randomUUID();
    TicketEvents.send(
        EventType.TICKET_RESOLVED, TicketEvents.resolved(solved, "printing", articleId));
    TicketEvents.send(
        EventType.TICKET_RESOLVED, TicketEvents.resolved(reopened, "printing", articleId));
    TicketEvents.send(EventType.TICKET_REOPENED, TicketEvents.reopened(reopened, "printing"));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                KnowledgeApi.health(articleId)
                    .statusCode(200)
                    .body("links", equalTo(2))
                    .body("reopenedLinks", equalTo(1))
                    .body("reopenShare", equalTo(0.5f)));
    given()
        .auth()
        .oauth2(CUSTOMER)
        .get("/api/v1/articles/" + articleId + "/health")
        .then()
        .statusCode(403);
  }

  @Test
  void ticketEventsThatDoNotConcernTheKnowledgeBaseAreNotClaimed() throws Exception {
    UUID articleId =
        published(
            article(
                "Reset a stuck queue", "Restart the spooler.", "printing", "public", List.of()));
    UUID ticketId = UUID.randomUUID();
    String created =
        TicketEvents.send(EventType.TICKET_CREATED, TicketEvents.created(ticketId, "printing"));
    // same key, same partition: once the resolution is linked, the creation was consumed too
    String resolved =
        TicketEvents.send(
            EventType.TICKET_RESOLVED, TicketEvents.resolved(ticketId, "printing", articleId));
    await().atMost(Duration.ofSeconds(30)).until(() -> links(articleId) == 1);

    assertThat(claimed(resolved)).isTrue();
    assertThat(claimed(created)).as("no transaction, no inbox row").isFalse();
  }

  private boolean claimed(String ceId) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("select 1 from eventing_inbox where event_id = ?")) {
      query.setString(1, ceId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static int links(UUID articleId) {
    return health(articleId, "links");
  }

  private static int reopenedLinks(UUID articleId) {
    return health(articleId, "reopenedLinks");
  }

  private static int health(UUID articleId, String field) {
    return KnowledgeApi.health(articleId).statusCode(200).extract().path(field);
  }
}

package dev.switchboard.knowledge.kcs;

import static dev.switchboard.knowledge.KnowledgeApi.CUSTOMER;
import static dev.switchboard.knowledge.KnowledgeApi.SUPERVISOR;
import static dev.switchboard.knowledge.KnowledgeApi.article;
import static dev.switchboard.knowledge.KnowledgeApi.published;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.switchboard.contracts.EventType;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GapReportTest {

  @Test
  void categoryResolvedOftenWithoutAnArticleIsAGap() {
    UUID article =
        published(article("Badge reader resets", "Hold the card.", "badges", "public", List.of()));
    for (int i = 0; i < 6; i++) {
      TicketEvents.send(
          EventType.TICKET_RESOLVED, TicketEvents.resolved(UUID.randomUUID(), "Scanners", null));
      TicketEvents.send(
          EventType.TICKET_RESOLVED,
          TicketEvents.resolved(UUID.randomUUID(), "badges", i == 0 ? article : null));
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(SUPERVISOR)
                    .get("/api/v1/gap-report?minResolved=6")
                    .then()
                    .statusCode(200)
                    .body("items.category", hasItem("scanners"))
                    .body("items.category", not(hasItem("badges"))));
    given()
        .auth()
        .oauth2(SUPERVISOR)
        .get("/api/v1/gap-report?minResolved=6&maxLinkedShare=0.2")
        .then()
        .body("items.category", hasItem("badges"));
    given().auth().oauth2(SUPERVISOR).get("/api/v1/gap-report?days=0").then().statusCode(400);
    given().auth().oauth2(CUSTOMER).get("/api/v1/gap-report").then().statusCode(403);
  }
}

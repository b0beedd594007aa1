package dev.switchboard.intake.customer;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.intake.IntakeFixtures.Person;
import dev.switchboard.intake.audit.AuditEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerMergeTest {

  @Test
  void mergingMovesIdentitiesAndTicketsAndTheOldIdStillResolves() {
    Person ana = Person.fresh();
    String handle = "handle-" + ana.user();
    String survivor = contact(Map.of("email", ana.email()), "Email contact");
    String absorbed = contact(Map.of("chatHandle", handle), "Chat contact");
    assertThat(absorbed).isNotEqualTo(survivor);

    post(AGENT, "/api/v1/customers/" + survivor + "/merge", Map.of("from", absorbed))
        .then()
        .statusCode(200)
        .body("id", equalTo(survivor));

    JsonPath old =
        given()
            .auth()
            .oauth2(AGENT)
            .get("/api/v1/customers/" + absorbed)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(old.getString("id")).isEqualTo(survivor);
    assertThat(old.getList("identities.value")).contains(ana.email(), handle);
    given()
        .auth()
        .oauth2(AGENT)
        .queryParam("customerId", survivor)
        .get("/api/v1/tickets")
        .then()
        .body("total", equalTo(2));
    given()
        .auth()
        .oauth2(AGENT)
        .get("/api/v1/customers/" + survivor + "/context")
        .then()
        .body("timeline.size()", equalTo(2));
    List<String> audited =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    AuditEntry.<AuditEntry>list("entityId", UUID.fromString(absorbed)).stream()
                        .map(e -> e.action + " by " + e.actor)
                        .toList());
    assertThat(audited).contains("merged_into by agent1");

    // a later contact through the absorbed identity lands on the survivor
    assertThat(contact(Map.of("chatHandle", handle), "Again by chat")).isEqualTo(survivor);
  }

  @Test
  void mergingACustomerIntoItselfIs409() {
    String id = contact(Map.of("email", Person.fresh().email()), "Solo");
    post(AGENT, "/api/v1/customers/" + id + "/merge", Map.of("from", id)).then().statusCode(409);
  }

  @Test
  void identityLookupIgnoresTheCaseOfEmailAddresses() {
    Person ana = Person.fresh();
    String id = contact(Map.of("email", ana.email()), "Case test");
    given()
        .auth()
        .oauth2(AGENT)
        .queryParam("identity", "email:" + ana.email().toUpperCase())
        .get("/api/v1/customers")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo(id));
  }

  private static String contact(Map<String, String> customer, String description) {
    return post(
            AGENT,
            "/api/v1/contacts",
            Map.of("channel", "phone", "customer", customer, "description", description))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("customerId");
  }
}

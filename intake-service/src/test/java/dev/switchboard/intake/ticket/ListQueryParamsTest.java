package dev.switchboard.intake.ticket;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListQueryParamsTest {

  @Test
  void aPageThatIsNoNumberIsA400NamingTheField() {
    String customerId =
        IntakeFixtures.portalContact(Person.fresh(), "Mouse", "dead").getString("customerId");
    for (String path :
        new String[] {
          "/api/v1/tickets?page=abc",
          "/api/v1/customers?page=abc",
          "/api/v1/customers/" + customerId + "/context?page=abc"
        }) {
      badRequest(path, "page");
    }
  }

  @Test
  void aSizeThatIsNoNumberOrOutOfRangeIsA400NamingTheField() {
    badRequest("/api/v1/tickets?size=x1", "size");
    badRequest("/api/v1/tickets?size=-1", "size");
    badRequest("/api/v1/customers?size=-1", "size");
  }

  private static void badRequest(String path, String field) {
    given()
        .auth()
        .oauth2(IntakeFixtures.AGENT)
        .get(path)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem(field));
  }
}

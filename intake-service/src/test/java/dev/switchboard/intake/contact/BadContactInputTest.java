package dev.switchboard.intake.contact;

import static dev.switchboard.localinfra.ProblemJson.assertInvalidField;
import static dev.switchboard.localinfra.ProblemJson.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import dev.switchboard.localinfra.RowCounts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BadContactInputTest {

  @Inject AgroalDataSource dataSource;

  private final Person ana = Person.fresh();
  private Map<String, Long> before;

  @BeforeEach
  void countStoredRows() {
    before = stored();
  }

  @Test
  void malformedJsonIs400ProblemAndStoresNothing() {
    assertProblem(send("{\"channel\": \"portal\", \"description\": "), 400)
        .body("errors", nullValue());
    assertNothingStored();
  }

  @Test
  void aWrongEnumValueIs400NamingTheFieldAndStoresNothing() {
    assertInvalidField(
        send("{\"channel\": \"portal\", \"description\": \"x\", \"impact\": \"huge\"}"), "impact");
    assertInvalidField(send("{\"channel\": \"fax\", \"description\": \"x\"}"), "channel");
    assertNothingStored();
  }

  @Test
  void aMissingRequiredFieldIs400NamingTheFieldAndStoresNothing() {
    assertInvalidField(
        send("{\"channel\": \"portal\", \"subject\": \"no description\"}"), "description");
    assertNothingStored();
  }

  @Test
  void anOversizedBodyIs413ProblemAndStoresNothing() {
    String huge = "x".repeat(1_100_000);
    assertProblem(send("{\"channel\": \"portal\", \"description\": \"" + huge + "\"}"), 413);
    assertNothingStored();
  }

  @Test
  void anInvalidPhoneNumberIs400NamingTheFieldAndStoresNothing() {
    Response response =
        given()
            .auth()
            .oauth2(IntakeFixtures.AGENT)
            .contentType(ContentType.JSON)
            .body(
                "{\"channel\": \"phone\", \"description\": \"x\", \"customer\": {\"phone\":"
                    + " \"call me\", \"email\": \""
                    + ana.email()
                    + "\"}}")
            .post("/api/v1/contacts");
    assertInvalidField(response, "customer.phone");
    assertNothingStored();
  }

  private Response send(String json) {
    return given()
        .auth()
        .oauth2(ana.token())
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/contacts");
  }

  /** Not a ticket, an interaction, an outbox row, nor even the customer was written. */
  private void assertNothingStored() {
    assertThat(stored()).isEqualTo(before);
    given()
        .auth()
        .oauth2(IntakeFixtures.AGENT)
        .queryParam("identity", "email:" + ana.email())
        .get("/api/v1/customers")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  private Map<String, Long> stored() {
    return RowCounts.of(dataSource, "customer", "ticket", "interaction");
  }
}

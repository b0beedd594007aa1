package dev.switchboard.intake.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BadContactInputTest {

  private final Person ana = Person.fresh();

  @Test
  void malformedJsonIs400AndStoresNothing() {
    send("{\"channel\": \"portal\", \"description\": ").then().statusCode(400);
    assertNothingStored();
  }

  @Test
  void aWrongEnumValueIs400NamingTheField() {
    send("{\"channel\": \"portal\", \"description\": \"x\", \"impact\": \"huge\"}")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("impact"));
    send("{\"channel\": \"fax\", \"description\": \"x\"}")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("channel"));
    assertNothingStored();
  }

  @Test
  void aMissingRequiredFieldIs400NamingTheField() {
    send("{\"channel\": \"portal\", \"subject\": \"no description\"}")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("description"));
    assertNothingStored();
  }

  @Test
  void anOversizedBodyIs413() {
    String huge = "x".repeat(1_100_000);
    send("{\"channel\": \"portal\", \"description\": \"" + huge + "\"}")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    assertNothingStored();
  }

  @Test
  void anInvalidPhoneNumberIs400() {
    given()
        .auth()
        .oauth2(IntakeFixtures.AGENT)
        .contentType(ContentType.JSON)
        .body(
            "{\"channel\": \"phone\", \"description\": \"x\", \"customer\": {\"phone\": \"call"
                + " me\", \"email\": \""
                + ana.email()
                + "\"}}")
        .post("/api/v1/contacts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("customer.phone"));
    assertNothingStored();
  }

  private io.restassured.response.Response send(String json) {
    return given()
        .auth()
        .oauth2(ana.token())
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/contacts");
  }

  /** Not even the customer was created. */
  private void assertNothingStored() {
    given()
        .auth()
        .oauth2(IntakeFixtures.AGENT)
        .queryParam("identity", "email:" + ana.email())
        .get("/api/v1/customers")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }
}

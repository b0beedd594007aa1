package dev.switchboard.intake.customer;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerIsolationTest {

  private final Person ana = Person.fresh();
  private final Person ben = Person.fresh();

  @Test
  void aCustomerCannotReadAnotherCustomersTicketContextOrSignals() {
    JsonPath anas = IntakeFixtures.portalContact(ana, "Payroll", "Payslip missing");
    IntakeFixtures.portalContact(ben, "Own", "Ben's own ticket");
    String id = anas.getString("ticket.id");

    get("/api/v1/tickets/" + id).then().statusCode(404).contentType("application/problem+json");
    get("/api/v1/tickets/" + anas.getString("ticket.number")).then().statusCode(404);
    get("/api/v1/customers/" + anas.getString("customerId")).then().statusCode(404);
    get("/api/v1/customers/" + anas.getString("customerId") + "/context").then().statusCode(404);
    get("/api/v1/customers/" + anas.getString("customerId") + "/signals").then().statusCode(404);
    assertThat(
            get("/api/v1/tickets?customerId=" + anas.getString("customerId"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items"))
        .isEmpty();
    assertThat(get("/api/v1/tickets").then().extract().jsonPath().getList("items.id"))
        .hasSize(1)
        .doesNotContain(id);
  }

  @Test
  void aCustomerCannotAppendToAnotherCustomersTicket() {
    JsonPath anas = IntakeFixtures.portalContact(ana, "Payroll", "Payslip missing");
    String id = anas.getString("ticket.id");

    post(
            ben.token(),
            "/api/v1/contacts",
            Map.of(
                "channel", "portal",
                "ticketNumber", anas.getString("ticket.number"),
                "description", "let me in"))
        .then()
        .statusCode(404);
    post(ben.token(), "/api/v1/tickets/" + id + "/interactions", Map.of("body", "hello"))
        .then()
        .statusCode(404);
    post(ben.token(), "/api/v1/tickets/" + id + "/confirmation", Map.of("resolved", true))
        .then()
        .statusCode(404);

    assertThat(IntakeFixtures.ticket(AGENT, id).getList("interactions")).hasSize(1);
  }

  @Test
  void staffOnlyEndpointsAre403ForCustomers() {
    get("/api/v1/customers?identity=email:" + ana.email()).then().statusCode(403);
    post(ben.token(), "/api/v1/major-incidents", Map.of("title", "x")).then().statusCode(403);
  }

  @Test
  void internalNotesAreHiddenFromTheCustomer() {
    JsonPath anas = IntakeFixtures.portalContact(ana, "Laptop", "Fan is loud");
    String id = anas.getString("ticket.id");
    post(
            AGENT,
            "/api/v1/tickets/" + id + "/interactions",
            Map.of("body", "probably dust", "visibility", "internal"))
        .then()
        .statusCode(201)
        .extract();

    assertThat(IntakeFixtures.ticket(AGENT, id).getList("interactions")).hasSize(2);
    assertThat(IntakeFixtures.ticket(ana.token(), id).getList("interactions.visibility"))
        .containsOnly("public");
  }

  private io.restassured.response.Response get(String path) {
    return given().auth().oauth2(ben.token()).get(path);
  }
}

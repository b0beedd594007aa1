package dev.switchboard.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExternalIdDuplicateTest {

  @Test
  void anotherCustomersExternalIdIsANewContactAndNeverShowsTheirTicket() {
    String externalId = "crm-" + UUID.randomUUID();
    JsonPath ana = contact(Person.fresh(), externalId, 201);
    JsonPath ben = contact(Person.fresh(), externalId, 201);

    assertThat(ben.getString("outcome")).isEqualTo("created");
    assertThat(ben.getString("ticket.id")).isNotEqualTo(ana.getString("ticket.id"));
    assertThat(ben.getString("ticket.number")).isNotEqualTo(ana.getString("ticket.number"));
    assertThat(ben.getString("customerId")).isNotEqualTo(ana.getString("customerId"));
  }

  @Test
  void theSameExternalIdFromTheSameCustomerIsADuplicate() {
    Person ana = Person.fresh();
    String externalId = "crm-" + UUID.randomUUID();
    JsonPath first = contact(ana, externalId, 201);
    JsonPath again = contact(ana, externalId, 200);

    assertThat(again.getString("outcome")).isEqualTo("duplicate");
    assertThat(again.getString("ticket.id")).isEqualTo(first.getString("ticket.id"));
  }

  private static JsonPath contact(Person person, String externalId, int status) {
    return IntakeFixtures.post(
            person.token(),
            "/api/v1/contacts",
            Map.of(
                "channel", "api",
                "subject", "Printer",
                "description", "The printer on floor 2 jams.",
                "externalId", externalId))
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }
}

package dev.switchboard.intake.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.EventType;
import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import dev.switchboard.intake.events.KafkaProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerContextTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void theTimelineIsNewestFirstAndPaged() {
    Person ana = Person.fresh();
    String customerId = IntakeFixtures.portalContact(ana, "first", "one").getString("customerId");
    IntakeFixtures.portalContact(ana, "second", "two");
    IntakeFixtures.portalContact(ana, "third", "three");

    JsonPath page0 = context(ana, customerId, "?size=2");
    JsonPath page1 = context(ana, customerId, "?size=2&page=1");

    assertThat(page0.getList("timeline.summary")).containsExactly("third", "second");
    assertThat(page1.getList("timeline.summary")).containsExactly("first");
    assertThat(page0.getInt("timelinePage.total")).isEqualTo(3);
    assertThat(page0.getList("timeline.ticketNumber")).doesNotContainNull();
    assertThat(page0.getString("customer.id")).isEqualTo(customerId);
    assertThat(page0.getList("recentTickets")).hasSize(3);
  }

  @Test
  void threeContactsInADayFlagRepeatedContacts() {
    Person ana = Person.fresh();
    String customerId =
        IntakeFixtures.portalContact(ana, "VPN", "VPN down").getString("customerId");
    IntakeFixtures.portalContact(ana, "VPN", "VPN still down");
    JsonPath third = IntakeFixtures.portalContact(ana, "VPN", "VPN down for hours now");

    JsonPath context = context(ana, customerId, "");
    assertThat(context.getInt("signals.contactsLast7Days")).isEqualTo(3);
    assertThat(signals(ana, customerId).getInt("contactsLast7Days"))
        .as("the signals endpoint answers what the context says")
        .isEqualTo(3);
    List<String> signals =
        IntakeFixtures.ticket(ana.token(), third.getString("ticket.id")).getList("signals");
    assertThat(signals).contains("repeated_contacts");
    String thirdId = third.getString("ticket.id");
    assertThat(createdEvent(thirdId).getInt("signals.contactsLast7Days"))
        .as("the event counts what the context API counts")
        .isEqualTo(3);
  }

  @Test
  void clearlyNegativeWordingSetsTheSignal() {
    Person ana = Person.fresh();
    JsonPath angry =
        IntakeFixtures.portalContact(
            ana, "Printer", "This is unacceptable, the printer is broken for the third time!");

    assertThat(
            context(ana, angry.getString("customerId"), "").getBoolean("signals.negativeSentiment"))
        .isTrue();
    assertThat(IntakeFixtures.ticket(ana.token(), angry.getString("ticket.id")).getList("signals"))
        .contains("negative_sentiment");
    assertThat(signals(ana, angry.getString("customerId")).getBoolean("negativeSentiment"))
        .isTrue();
    JsonPath eventSignals = createdEvent(angry.getString("ticket.id")).setRootPath("signals");
    assertThat(eventSignals.getBoolean("negativeSentiment")).isTrue();
    assertThat(eventSignals.getBoolean("customerNegativeSentiment"))
        .as("read before the contact was recorded, counting it")
        .isTrue();
    assertThat(eventSignals.getInt("contactsLast7Days")).isEqualTo(1);
  }

  @Test
  void aNewTicketsEventCarriesTheCustomersSignalsSoRoutingNeedNotAsk() {
    Person ben = Person.fresh();
    IntakeFixtures.portalContact(ben, "Printer", "This is unacceptable, still broken!");
    String calmId =
        IntakeFixtures.portalContact(ben, "Monitor", "The monitor flickers a little")
            .getString("ticket.id");

    JsonPath signals = createdEvent(calmId).setRootPath("signals");
    assertThat(signals.getBoolean("negativeSentiment")).as("this ticket's own wording").isFalse();
    assertThat(signals.getBoolean("customerNegativeSentiment")).isTrue();
    assertThat(signals.getBoolean("customerOpenMajorIncident")).isFalse();
    assertThat(signals.getInt("contactsLast7Days")).isEqualTo(2);
  }

  @Test
  void contactsBeyondTheCapAreReportedAsTheCap() throws Exception {
    Person chatty = Person.fresh();
    String customerId =
        IntakeFixtures.portalContact(chatty, "Alert", "Disk full on host 1")
            .getString("customerId");
    // A runaway integration: its contacts of the week written straight into the timeline.
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into interaction (id, customer_id, channel, direction, visibility, kind,"
                    + " author, author_role, body, at)"
                    + " select gen_random_uuid(), ?, 'API', 'INBOUND', 'PUBLIC', 'CONTACT',"
                    + " 'monitor', 'customer', 'Disk full', now() - interval '1 minute'"
                    + " from generate_series(1, ?)")) {
      insert.setObject(1, UUID.fromString(customerId));
      insert.setInt(2, CustomerContext.CONTACTS_COUNTED_UP_TO + 50);
      insert.executeUpdate();
    }

    assertThat(signals(chatty, customerId).getInt("contactsLast7Days"))
        .isEqualTo(CustomerContext.CONTACTS_COUNTED_UP_TO);
    assertThat(context(chatty, customerId, "").getInt("signals.contactsLast7Days"))
        .isEqualTo(CustomerContext.CONTACTS_COUNTED_UP_TO);
    String next =
        IntakeFixtures.portalContact(chatty, "Alert", "Disk full on host 2").getString("ticket.id");
    assertThat(createdEvent(next).getInt("signals.contactsLast7Days"))
        .isEqualTo(CustomerContext.CONTACTS_COUNTED_UP_TO);
  }

  private static JsonPath createdEvent(String ticketId) {
    ConsumerRecord<String, String> created =
        KafkaProbe.await(
                "switchboard.tickets",
                r ->
                    ticketId.equals(r.key())
                        && EventType.TICKET_CREATED
                            .ceType()
                            .equals(KafkaProbe.header(r, "ce_type")),
                found -> !found.isEmpty())
            .get(0);
    return JsonPath.from(created.value());
  }

  private static JsonPath signals(Person person, String customerId) {
    return given()
        .auth()
        .oauth2(person.token())
        .get("/api/v1/customers/" + customerId + "/signals")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath context(Person person, String customerId, String query) {
    return given()
        .auth()
        .oauth2(person.token())
        .get("/api/v1/customers/" + customerId + "/context" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}

package dev.switchboard.intake.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The statement read before every new contact keeps to the customer's index under the plan
 * PostgreSQL caches for it, whoever the customer is. With one customer holding most of the recent
 * contacts, the generic plan of "count up to N" chose a sequential scan (stop after N rows) that,
 * for any other customer, read the whole table: 65 ms per contact at 87,000 interactions.
 */
@QuarkusTest
class SignalsQueryPlanTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void theCachedPlanBeforeAContactUsesTheCustomersIndexWhenOneCustomerHoldsMostContacts()
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      connection.setAutoCommit(false);
      // a session-local table of the same shape hides the shared one (pg_temp comes first)
      sql.execute("create temp table interaction (like public.interaction including all)");
      sql.execute(
          "insert into pg_temp.interaction (id, customer_id, channel, direction, kind, visibility,"
              + " author, author_role, at, body, negative)"
              + " select gen_random_uuid(), case when n <= 60000 then '"
              + UUID.randomUUID()
              + "'::uuid else '"
              + UUID.randomUUID()
              + "'::uuid end, 'PORTAL', 'INBOUND', 'CONTACT', 'PUBLIC',"
              + " 'customer', 'customer', now() - (n || ' seconds')::interval, 'contact', false"
              + " from generate_series(1, 60300) n");
      sql.execute("analyze pg_temp.interaction");
      sql.execute("set local plan_cache_mode = force_generic_plan");
      sql.execute(
          "prepare before_contact(uuid, timestamptz, timestamptz) as "
              + CustomerContext.beforeContactSql(CustomerContext.CONTACTS_COUNTED_UP_TO)
                  .replaceAll("\\?(\\d)", "\\$$1"));

      List<String> plan = new ArrayList<>();
      try (ResultSet rows =
          sql.executeQuery(
              "explain execute before_contact(gen_random_uuid(), now() - interval '7 days',"
                  + " now() - interval '1 hour')")) {
        while (rows.next()) {
          plan.add(rows.getString(1));
        }
      }
      connection.rollback();

      assertThat(plan).noneMatch(line -> line.contains("Seq Scan on interaction"));
    }
  }
}

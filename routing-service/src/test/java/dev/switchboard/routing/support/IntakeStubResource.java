package dev.switchboard.routing.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * intake's customer-signals API as a WireMock stub: neutral signals for everybody unless a test
 * says otherwise for one customer.
 */
public class IntakeStubResource implements QuarkusTestResourceLifecycleManager {

  private static WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    server.stubFor(
        get(urlPathMatching("/api/v1/customers/[^/]+/signals"))
            .atPriority(10)
            .willReturn(json(0, false, false)));
    return Map.of("quarkus.rest-client.intake.url", server.baseUrl());
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** This customer has the given signals. */
  public static void customerSignals(
      UUID customerId, int contactsLast7Days, boolean negativeSentiment) {
    server.stubFor(
        get(urlPathEqualTo("/api/v1/customers/" + customerId + "/signals"))
            .atPriority(1)
            .willReturn(json(contactsLast7Days, false, negativeSentiment)));
  }

  /** intake answers this customer's signals only after {@code millis}. */
  public static void slowCustomer(UUID customerId, int millis) {
    server.stubFor(
        get(urlPathEqualTo("/api/v1/customers/" + customerId + "/signals"))
            .atPriority(1)
            .willReturn(json(9, false, true).withFixedDelay(millis)));
  }

  /** How many times routing asked for this customer's signals. */
  public static int signalRequestsFor(UUID customerId) {
    return server
        .findAll(getRequestedFor(urlPathEqualTo("/api/v1/customers/" + customerId + "/signals")))
        .size();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      int contacts, boolean majorIncident, boolean negative) {
    return aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody(
            "{\"contactsLast7Days\": %d, \"openMajorIncident\": %b, \"negativeSentiment\": %b}"
                .formatted(contacts, majorIncident, negative));
  }
}

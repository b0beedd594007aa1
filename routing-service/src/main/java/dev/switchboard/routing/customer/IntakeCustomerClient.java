package dev.switchboard.routing.customer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** intake's customer-context API; only {@link CustomerContextGateway} may use it. */
@RegisterRestClient(configKey = "intake")
@OidcClientFilter
@Path("/api/v1/customers")
interface IntakeCustomerClient {

  /** The signals of the customer context, without its tickets and timeline. */
  @GET
  @Path("/{id}/signals")
  Signals signals(@PathParam("id") UUID customerId);

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Signals(int contactsLast7Days, boolean openMajorIncident, boolean negativeSentiment) {}
}

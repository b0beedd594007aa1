package dev.switchboard.metrics.automation.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.PageRequest;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.metrics.automation.AutomationCandidateView;
import dev.switchboard.metrics.automation.AutomationCandidates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/automation-candidates")
@Produces(MediaType.APPLICATION_JSON)
public class AutomationCandidateResource {

  private final AutomationCandidates candidates;

  AutomationCandidateResource(AutomationCandidates candidates) {
    this.candidates = candidates;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Frequent service requests resolved the same way",
      description =
          "Catalog items / categories whose resolved requests in the window mostly share one"
              + " resolution code: candidates for automation, most requested first.")
  @APIResponse(
      responseCode = "200",
      description = "One page of candidates",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "password reset",
                      value =
                          """
                          {"items": [{"id": "6f1c1f0e-8d5c-4a53-9a39-1c1f0e8d5c4a",
                            "catalogItem": "password-reset", "category": "access",
                            "resolutionCode": "reset_done", "requests": 42, "share": 0.95,
                            "detectedAt": "2026-03-02T09:15:00Z",
                            "updatedAt": "2026-03-03T16:40:00Z"}],
                           "page": 0, "size": 20, "total": 1}
                          """)))
  @APIResponse(responseCode = "401", description = "No or invalid bearer token")
  @APIResponse(responseCode = "403", description = "Customers and integrators may not")
  public Page<AutomationCandidateView> list(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    PageRequest request = PageRequest.of(page, size);
    return candidates.list(request.page(), request.size());
  }
}

package dev.switchboard.metrics.problem.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.PageRequest;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.metrics.problem.ProblemCandidateView;
import dev.switchboard.metrics.problem.ProblemCandidates;
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

@Path("/api/v1/problem-candidates")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemCandidateResource {

  private final ProblemCandidates candidates;

  ProblemCandidateResource(ProblemCandidates candidates) {
    this.candidates = candidates;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Recurring incidents that may share a root cause",
      description =
          "Incidents of one category with similar text (or of one configuration item) that recur"
              + " within the detection window, newest first, with their member tickets and trend.")
  @APIResponse(
      responseCode = "200",
      description = "One page of candidates",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "vpn",
                      value =
                          """
                          {"items": [{"id": "6f1c1f0e-8d5c-4a53-9a39-1c1f0e8d5c4a",
                            "category": "network", "configurationItem": null,
                            "summary": "5 recurring \\"VPN drops every few minutes\\"",
                            "trend": "rising", "memberCount": 5,
                            "members": [{"ticketId": "0b8e5b8e-8d5c-4a53-9a39-1c1f0e8d5c4a",
                              "number": "SD-1042", "subject": "VPN drops every few minutes",
                              "createdAt": "2026-03-02T09:15:00Z"}],
                            "firstSeen": "2026-03-02T09:15:00Z",
                            "lastSeen": "2026-03-03T16:40:00Z",
                            "detectedAt": "2026-03-03T16:40:02Z"}],
                           "page": 0, "size": 20, "total": 1}
                          """)))
  @APIResponse(responseCode = "401", description = "No or invalid bearer token")
  @APIResponse(responseCode = "403", description = "Customers and integrators may not")
  public Page<ProblemCandidateView> list(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    PageRequest request = PageRequest.of(page, size);
    return candidates.list(request.page(), request.size());
  }
}

package dev.switchboard.metrics.projection.api;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.metrics.projection.ProjectionRebuild;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/admin/projections/rebuild")
public class ProjectionAdminResource {

  private final ProjectionRebuild rebuild;

  ProjectionAdminResource(ProjectionRebuild rebuild) {
    this.rebuild = rebuild;
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Rebuild the experience projections from the event topics",
      description =
          "Empties the projection tables and replays every topic from the beginning (plus the"
              + " imported history), so a changed definition applies to all history. Answers when"
              + " done. Surveys and improvement candidates are not sent again.")
  @APIResponse(
      responseCode = "200",
      description = "Rebuilt",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "done",
                      value =
                          "{\"eventsRead\": 15230, \"eventsApplied\": 15230, \"tookMillis\": 4210}")))
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(responseCode = "409", description = "A rebuild is already running")
  public ProjectionRebuild.Result rebuild() {
    try {
      return rebuild.rebuild();
    } catch (ProjectionRebuild.AlreadyRunning e) {
      throw ApiProblem.conflict(e.getMessage());
    }
  }
}

package dev.switchboard.knowledge.kcs.api;

import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.knowledge.kcs.ArticleHealth;
import dev.switchboard.knowledge.kcs.KcsReports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles/{id}/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge-centred service")
public class ArticleHealthResource {

  private final KcsReports reports;

  ArticleHealthResource(KcsReports reports) {
    this.reports = reports;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "How an article is doing",
      description =
          "Views, tickets it resolved (links), share of those reopened, helpful share of feedback,"
              + " and how often it was suggested and taken.")
  @APIResponse(
      responseCode = "200",
      description = "The article's health",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "health",
                      value =
                          """
                          {"articleId": "5b0c3d0e-8d7e-4c50-9a53-8f1f0f2d6c11", "views": 120,
                           "links": 14, "reopenedLinks": 1, "reopenShare": 0.0714, "helpful": 9,
                           "notHelpful": 1, "helpfulShare": 0.9, "suggestionsShown": 300,
                           "suggestionsAccepted": 41}""")))
  @APIResponse(responseCode = "404", description = "No such article")
  public ArticleHealth health(@PathParam("id") UUID id) {
    return reports.health(id);
  }
}

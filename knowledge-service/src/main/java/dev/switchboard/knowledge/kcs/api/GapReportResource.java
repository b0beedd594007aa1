package dev.switchboard.knowledge.kcs.api;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.knowledge.kcs.GapReport;
import dev.switchboard.knowledge.kcs.KcsReports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/gap-report")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge-centred service")
public class GapReportResource {

  static final int DEFAULT_DAYS = 90;
  static final int MAX_DAYS = 3660;
  static final int DEFAULT_MIN_RESOLVED = 5;

  private final KcsReports reports;
  private final Clock clock;

  GapReportResource(KcsReports reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Categories resolved without the knowledge base",
      description =
          "Categories with at least minResolved resolved tickets in the last `days` days whose"
              + " share of resolutions linked to an article is at most maxLinkedShare (default 0:"
              + " no linked article at all), most resolved first.")
  @APIResponse(responseCode = "200", description = "The gaps")
  @APIResponse(responseCode = "400", description = "A bad parameter")
  public GapReport gaps(
      @QueryParam("days") Integer days,
      @QueryParam("minResolved") Integer minResolved,
      @QueryParam("maxLinkedShare") Double maxLinkedShare) {
    int window = days == null ? DEFAULT_DAYS : days;
    if (window < 1 || window > MAX_DAYS) {
      throw ApiProblem.invalid("days", "must be between 1 and " + MAX_DAYS);
    }
    int least = minResolved == null ? DEFAULT_MIN_RESOLVED : minResolved;
    if (least < 1) {
      throw ApiProblem.invalid("minResolved", "must be 1 or more");
    }
    double share = maxLinkedShare == null ? 0 : maxLinkedShare;
    if (share < 0 || share > 1) {
      throw ApiProblem.invalid("maxLinkedShare", "must be between 0 and 1");
    }
    return reports.gaps(clock.instant().minus(Duration.ofDays(window)), least, share);
  }
}

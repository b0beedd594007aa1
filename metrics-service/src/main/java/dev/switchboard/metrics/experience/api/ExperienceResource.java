package dev.switchboard.metrics.experience.api;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.metrics.experience.DailyCounters;
import dev.switchboard.metrics.experience.Dimension;
import dev.switchboard.metrics.experience.ExperienceQuery;
import dev.switchboard.metrics.experience.ExperienceReport;
import dev.switchboard.metrics.experience.ReportRange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/experience")
@Produces(MediaType.APPLICATION_JSON)
public class ExperienceResource {

  private final DailyCounters counters;
  private final ExperienceQuery query;
  private final Clock clock;

  ExperienceResource(DailyCounters counters, ExperienceQuery query, Clock clock) {
    this.counters = counters;
    this.query = query;
    this.clock = clock;
  }

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Experience measures in total and per channel, type, category or group",
      description =
          "Contacts, tickets, resolved, first-contact resolution rate, reopen rate, CSAT, median"
              + " and p90 first-response and resolution minutes (calendar time), SLA compliance,"
              + " average handle time and deflections over whole UTC days from..to (both"
              + " included; default the last 30 days). Each measure counts on one day of the"
              + " ticket's life: tickets and SLA compliance on the day opened; resolved,"
              + " first-contact resolution, reopen rate and resolution times on the day first"
              + " resolved (a ticket opened before the range and resolved in it counts; one"
              + " resolved after it does not); contacts, CSAT and deflections on their own day."
              + " A ticket is SLA-compliant only when every clock is met and none breached."
              + " Rates are fractions 0..1, null when nothing was measured. Definitions:"
              + " docs/metrics.md.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "by channel",
                      value =
                          """
                          {"from": "2026-03-01", "to": "2026-03-30", "by": "channel",
                           "total": {"key": "total", "contacts": 120, "tickets": 100,
                            "resolved": 90, "firstContactResolutionRate": 0.7,
                            "reopenRate": 0.05,
                            "csat": {"responses": 40, "score": 0.85,
                             "distribution": {"1": 2, "2": 1, "3": 3, "4": 10, "5": 24}},
                            "medianFirstResponseMinutes": 12.0, "p90FirstResponseMinutes": 95.5,
                            "medianResolutionMinutes": 240.0, "p90ResolutionMinutes": 2880.0,
                            "slaCompliance": 0.93, "averageHandleMinutes": 7.5,
                            "deflections": 14},
                           "groups": [{"key": "email", "contacts": 70, "tickets": 60,
                            "resolved": 55, "firstContactResolutionRate": 0.65,
                            "reopenRate": 0.04, "csat": {"responses": 20, "score": 0.8},
                            "medianFirstResponseMinutes": 20.0,
                            "medianResolutionMinutes": 300.0, "slaCompliance": 0.9}]}
                          """)))
  @APIResponse(responseCode = "400", description = "from/to/by not understood")
  @APIResponse(responseCode = "401", description = "No or invalid bearer token")
  @APIResponse(responseCode = "403", description = "Not a supervisor or admin")
  public ExperienceReport experience(
      @Parameter(description = "First day (date or RFC 3339 time)") @QueryParam("from") String from,
      @Parameter(description = "Last day, included") @QueryParam("to") String to,
      @Parameter(description = "channel | type | category | group (default channel)")
          @QueryParam("by")
          String by) {
    Dimension dimension =
        by == null || by.isBlank()
            ? Dimension.CHANNEL
            : Dimension.fromWire(by)
                .orElseThrow(
                    () ->
                        ApiProblem.invalid("by", "must be one of channel, type, category, group"));
    ReportRange range;
    try {
      range = ReportRange.parse(from, to, clock);
    } catch (IllegalArgumentException e) {
      String[] fieldAndMessage = e.getMessage().split(": ", 2);
      throw ApiProblem.invalid(fieldAndMessage[0], fieldAndMessage[1]);
    }
    counters.flush();
    return query.report(range.from(), range.to(), dimension);
  }
}

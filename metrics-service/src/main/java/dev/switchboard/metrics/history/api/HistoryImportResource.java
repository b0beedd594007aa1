package dev.switchboard.metrics.history.api;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.metrics.history.HistoryImport;
import dev.switchboard.metrics.history.ServiceNowEventLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/admin/imports/servicenow")
public class HistoryImportResource {

  private static final String SOURCE = "servicenow";

  private final HistoryImport history;

  HistoryImportResource(HistoryImport history) {
    this.history = history;
  }

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Import a ServiceNow incident event log as historical tickets",
      description =
          "CSV with one row per incident state change (columns number, incident_state,"
              + " opened_at, resolved_at, closed_at, reopen_count, reassignment_count, made_sla,"
              + " category, assignment_group, contact_type, cmdb_ci, caller_id, closed_code, ...)."
              + " Each incident becomes one historical ticket counted by the experience"
              + " measures; importing the same log again updates the same tickets. The answer's"
              + " from..to (first opening to last resolution or closure) is the experience range"
              + " that covers the whole import.")
  @APIResponse(
      responseCode = "200",
      description = "Imported",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "UCI subset",
                      value =
                          "{\"source\": \"servicenow\", \"events\": 5998, \"incidents\": 890,"
                              + " \"from\": \"2016-02-29\", \"to\": \"2017-02-04\"}")))
  @APIResponse(responseCode = "400", description = "Not such a log: the problem names the line")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public ImportResult importLog(InputStream body) {
    ServiceNowEventLog.Parsed parsed;
    try (Reader csv = new InputStreamReader(body, StandardCharsets.UTF_8)) {
      parsed = ServiceNowEventLog.parse(csv);
    } catch (IllegalArgumentException | IOException e) {
      throw ApiProblem.badRequest("not a ServiceNow incident event log: " + e.getMessage());
    }
    history.store(SOURCE, parsed.incidents());
    return ImportResult.of(SOURCE, parsed.events(), parsed.incidents());
  }
}

package dev.switchboard.routing.sla.api;

import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.routing.sla.BusinessCalendar;
import dev.switchboard.routing.sla.SlaClock;
import dev.switchboard.routing.sla.SlaPause;
import dev.switchboard.routing.sla.SlaService;
import dev.switchboard.routing.ticket.TicketRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tickets/{ticketId}/sla")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SLA")
public class SlaResource {

  private final TicketRepository tickets;
  private final Clock clock;

  SlaResource(TicketRepository tickets, Clock clock) {
    this.tickets = tickets;
    this.clock = clock;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "SLA clocks of a ticket and the timeline of its pauses",
      description =
          "state: running | paused | met | breached. businessTimeElapsed counts business time of"
              + " the calendar only, up to now for a running clock. A ticket without a matching"
              + " policy has no clocks.")
  @APIResponse(
      responseCode = "200",
      description = "The SLA",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "running",
                      value =
                          "{\"policy\": \"p3\", \"calendar\": \"business-hours\", \"clocks\":"
                              + " [{\"kind\": \"first_response\", \"target\": \"PT4H\", \"dueAt\":"
                              + " \"2026-03-02T13:15:00Z\", \"state\": \"running\","
                              + " \"businessTimeElapsed\": \"PT25M\"}], \"pauses\": []}")))
  @APIResponse(responseCode = "404", description = "Routing has not seen the ticket")
  public SlaView get(@PathParam("ticketId") UUID ticketId) {
    tickets.require(ticketId);
    Instant now = clock.instant();
    List<SlaClock> clocks = SlaService.clocksOf(ticketId);
    List<SlaView.ClockView> views =
        clocks.stream()
            .map(
                c -> {
                  BusinessCalendar calendar = SlaService.calendar(c.calendarId);
                  return new SlaView.ClockView(
                      c.kind,
                      c.target,
                      c.dueAt,
                      c.state,
                      c.businessTimeElapsed(now, calendar).toString(),
                      c.warned ? null : c.warningAt,
                      c.stoppedAt);
                })
            .toList();
    return new SlaView(
        clocks.isEmpty() ? null : clocks.get(0).policyId,
        clocks.isEmpty() ? null : clocks.get(0).calendarId,
        views,
        SlaPause.timeline(ticketId).stream()
            .map(p -> new SlaView.Pause(p.startedAt, p.endedAt))
            .toList());
  }
}

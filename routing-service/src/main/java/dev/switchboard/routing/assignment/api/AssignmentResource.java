package dev.switchboard.routing.assignment.api;

import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.routing.assignment.AssignmentService;
import dev.switchboard.routing.ticket.RoutedTicket;
import dev.switchboard.routing.ticket.TicketRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tickets/{ticketId}/assignment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assignment")
public class AssignmentResource {

  private final TicketRepository tickets;
  private final AssignmentService assignments;
  private final Caller caller;

  AssignmentResource(TicketRepository tickets, AssignmentService assignments, Caller caller) {
    this.tickets = tickets;
    this.assignments = assignments;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(summary = "Group, owner, swarm and assignment history of a ticket")
  @APIResponse(
      responseCode = "200",
      description = "The assignment",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "assigned",
                      value =
                          "{\"ticketId\": \"3f1c…\", \"group\": \"network-team\", \"owner\":"
                              + " \"agent2\", \"swarm\": [], \"history\": [{\"at\":"
                              + " \"2026-03-02T09:15:00Z\", \"group\": \"network-team\","
                              + " \"owner\": \"agent2\", \"reason\": \"new ticket (rule"
                              + " network)\"}]}")))
  @APIResponse(responseCode = "404", description = "Routing has not seen the ticket (yet)")
  public AssignmentView get(@PathParam("ticketId") UUID ticketId) {
    return AssignmentView.of(tickets.require(ticketId));
  }

  @POST
  @Transactional
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Reassign by hand",
      description =
          "To an agent (optionally naming the group) or to a group whose strategy picks the agent."
              + " The reason is kept in the history and sent with TICKET_REASSIGNED.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "to agent",
                      value =
                          "{\"group\": \"network-team\", \"owner\": \"agent3\", \"reason\":"
                              + " \"agent2 on leave\"}")))
  @APIResponse(responseCode = "200", description = "The new assignment")
  @APIResponse(responseCode = "400", description = "Unknown group or agent, or no reason")
  @APIResponse(responseCode = "404", description = "Routing has not seen the ticket")
  public AssignmentView reassign(
      @PathParam("ticketId") UUID ticketId, @Valid @NotNull ReassignRequest request) {
    RoutedTicket ticket = tickets.requireForUpdate(ticketId);
    assignments.reassign(ticket, request.group(), request.owner(), request.reason(), caller.name());
    return AssignmentView.of(ticket);
  }
}

package dev.switchboard.routing.escalation.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.routing.admin.AdminCrud;
import dev.switchboard.routing.escalation.Escalation;
import dev.switchboard.routing.escalation.EscalationService;
import dev.switchboard.routing.ticket.RoutedTicket;
import dev.switchboard.routing.ticket.TicketRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tickets/{ticketId}/escalations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation")
public class EscalationResource {

  private final TicketRepository tickets;
  private final EscalationService escalations;
  private final IdempotentRequests idempotency;
  private final Caller caller;

  EscalationResource(
      TicketRepository tickets,
      EscalationService escalations,
      IdempotentRequests idempotency,
      Caller caller) {
    this.tickets = tickets;
    this.escalations = escalations;
    this.idempotency = idempotency;
    this.caller = caller;
  }

  @POST
  @Transactional
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Escalate a ticket",
      description =
          "functional: to toGroup (or the group's next tier), re-assigned there"
              + " (TICKET_REASSIGNED); hierarchical: notifies the group's supervisor and marks the"
              + " ticket hot. Both emit TICKET_ESCALATED.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "functional",
                      value =
                          "{\"kind\": \"functional\", \"toGroup\": \"network-team\", \"reason\":"
                              + " \"needs a network engineer\"}")))
  @APIResponse(responseCode = "201", description = "The escalation")
  @APIResponse(responseCode = "400", description = "Invalid kind, unknown group, no reason")
  @APIResponse(responseCode = "404", description = "Routing has not seen the ticket")
  public Response escalate(
      @PathParam("ticketId") UUID ticketId,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Valid @NotNull EscalationRequest request) {
    return idempotency.once(
        idempotencyKey,
        caller.name() + ":POST /tickets/" + ticketId + "/escalations",
        request,
        () -> {
          RoutedTicket ticket = tickets.requireForUpdate(ticketId);
          Escalation escalation =
              escalations.byHand(
                  ticket, request.kind(), request.toGroup(), request.reason(), caller.name());
          return Response.created(
                  URI.create("/api/v1/tickets/" + ticketId + "/escalations/" + escalation.id))
              .entity(EscalationView.of(escalation))
              .build();
        });
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(summary = "Escalations of a ticket, by hand and automatic, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "A page of escalations: {\"items\": [...], \"page\", \"size\", \"total\"}")
  @APIResponse(responseCode = "404", description = "Routing has not seen the ticket")
  public Page<EscalationView> list(
      @PathParam("ticketId") UUID ticketId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    tickets.require(ticketId);
    return AdminCrud.page(Escalation.of(ticketId), page, size, EscalationView::of);
  }
}

package dev.switchboard.routing.swarm.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.routing.admin.AdminCrud;
import dev.switchboard.routing.swarm.SwarmMember;
import dev.switchboard.routing.swarm.SwarmService;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tickets/{ticketId}/swarm")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Swarming")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class SwarmResource {

  private final TicketRepository tickets;
  private final SwarmService swarms;
  private final IdempotentRequests idempotency;
  private final Caller caller;

  SwarmResource(
      TicketRepository tickets,
      SwarmService swarms,
      IdempotentRequests idempotency,
      Caller caller) {
    this.tickets = tickets;
    this.swarms = swarms;
    this.idempotency = idempotency;
    this.caller = caller;
  }

  @POST
  @Transactional
  @Operation(
      summary = "Start a swarm",
      description =
          "Invites the named agents and every available agent with one of the skills. The owner"
              + " stays the owner and the single point of contact. Emits SWARM_STARTED.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "by skill and name",
                      value = "{\"skills\": [\"vpn\"], \"agents\": [\"agent3\"]}")))
  @APIResponse(responseCode = "201", description = "The swarm")
  @APIResponse(responseCode = "404", description = "Routing has not seen the ticket")
  @APIResponse(responseCode = "409", description = "A swarm is already running")
  @APIResponse(responseCode = "422", description = "Nobody to invite")
  public Response start(
      @PathParam("ticketId") UUID ticketId,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Valid @NotNull SwarmRequest request) {
    return idempotency.once(
        idempotencyKey,
        caller.name() + ":POST /tickets/" + ticketId + "/swarm",
        request,
        () -> {
          RoutedTicket ticket = tickets.requireForUpdate(ticketId);
          List<SwarmMember> members =
              swarms.start(ticket, request.skillsOrEmpty(), request.agentsOrEmpty(), caller.name());
          return Response.created(URI.create("/api/v1/tickets/" + ticketId + "/swarm"))
              .entity(SwarmView.of(ticket, members))
              .build();
        });
  }

  @GET
  @Operation(summary = "The swarm of a ticket (inactive when none runs)")
  @APIResponse(responseCode = "200", description = "The swarm")
  public SwarmView get(@PathParam("ticketId") UUID ticketId) {
    RoutedTicket ticket = tickets.require(ticketId);
    return SwarmView.of(ticket, SwarmMember.current(ticketId));
  }

  @POST
  @Path("/join")
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @Operation(summary = "The calling agent joins the swarm (SWARM_JOINED)")
  @APIResponse(responseCode = "200", description = "The swarm")
  @APIResponse(responseCode = "409", description = "No swarm running")
  public SwarmView join(@PathParam("ticketId") UUID ticketId) {
    RoutedTicket ticket = tickets.requireForUpdate(ticketId);
    return SwarmView.of(ticket, swarms.join(ticket, caller.name()));
  }

  @POST
  @Path("/leave")
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @Operation(summary = "The calling agent leaves the swarm (SWARM_LEFT); the owner cannot")
  @APIResponse(responseCode = "200", description = "The swarm")
  @APIResponse(responseCode = "409", description = "No swarm running, or the owner")
  public SwarmView leave(@PathParam("ticketId") UUID ticketId) {
    RoutedTicket ticket = tickets.requireForUpdate(ticketId);
    return SwarmView.of(ticket, swarms.leave(ticket, caller.name()));
  }

  @POST
  @Path("/end")
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @Operation(summary = "End the swarm (SWARM_ENDED); the owner keeps the ticket")
  @APIResponse(responseCode = "200", description = "The ended swarm")
  @APIResponse(responseCode = "409", description = "No swarm running")
  public SwarmView end(@PathParam("ticketId") UUID ticketId) {
    RoutedTicket ticket = tickets.requireForUpdate(ticketId);
    swarms.end(ticket, caller.name());
    return SwarmView.of(ticket, List.of());
  }

  @POST
  @Path("/notes")
  @Transactional
  @Operation(summary = "Add an internal swarm note (never visible to the customer)")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "note",
                      value =
                          "{\"body\": \"Tunnel drops after rekey; checking the concentrator\"}")))
  @APIResponse(responseCode = "201", description = "The note")
  @APIResponse(responseCode = "409", description = "No swarm running")
  @APIResponse(
      responseCode = "422",
      description = "The Idempotency-Key was used before with a different body")
  public Response note(
      @PathParam("ticketId") UUID ticketId,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Valid @NotNull NoteRequest request) {
    return idempotency.once(
        idempotencyKey,
        caller.name() + ":POST /tickets/" + ticketId + "/swarm/notes",
        request,
        () -> {
          RoutedTicket ticket = tickets.require(ticketId);
          return Response.status(Response.Status.CREATED)
              .entity(SwarmView.NoteView.of(swarms.note(ticket, caller.name(), request.body())))
              .build();
        });
  }

  @GET
  @Path("/notes")
  @Operation(summary = "Internal swarm notes, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "A page of notes: {\"items\": [...], \"page\", \"size\", \"total\"}")
  public Page<SwarmView.NoteView> notes(
      @PathParam("ticketId") UUID ticketId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    RoutedTicket ticket = tickets.require(ticketId);
    return AdminCrud.page(swarms.notes(ticket), page, size, SwarmView.NoteView::of);
  }
}

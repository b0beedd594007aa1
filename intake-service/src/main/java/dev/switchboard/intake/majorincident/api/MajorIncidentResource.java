package dev.switchboard.intake.majorincident.api;

import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.intake.majorincident.MajorIncident;
import dev.switchboard.intake.majorincident.MajorIncidentUpdate;
import dev.switchboard.intake.majorincident.MajorIncidents;
import dev.switchboard.intake.ticket.Ticket;
import dev.switchboard.intake.ticket.TicketEvents.Change;
import dev.switchboard.intake.ticket.Tickets;
import dev.switchboard.intake.ticket.api.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/major-incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class MajorIncidentResource {

  private final MajorIncidents incidents;
  private final Tickets tickets;
  private final IdempotentRequests idempotent;
  private final Caller caller;

  MajorIncidentResource(
      MajorIncidents incidents, Tickets tickets, IdempotentRequests idempotent, Caller caller) {
    this.incidents = incidents;
    this.tickets = tickets;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  /** Declares a major incident. */
  public record DeclareRequest(
      @NotBlank @Size(max = 300) String title,
      @Size(max = 10_000) String description,
      @Size(max = 200) String category,
      @Size(max = 50) List<@NotBlank @Size(max = 100) String> keywords) {}

  /** Links a ticket (id or number). */
  public record LinkRequest(@NotBlank String ticketId) {}

  /** A public update. */
  public record UpdateRequest(@NotBlank @Size(max = 10_000) String body) {}

  /** Resolves the outage and its linked tickets. */
  public record ResolveRequest(@NotBlank @Size(max = 10_000) String summary) {}

  /** A major incident with its linked tickets and updates. */
  public record MajorIncidentView(
      UUID id,
      String title,
      String description,
      String category,
      List<String> keywords,
      String status,
      Instant createdAt,
      Instant resolvedAt,
      String resolutionSummary,
      List<String> linkedTickets,
      List<UpdateView> updates) {}

  /** One public update. */
  public record UpdateView(UUID id, String body, String author, Instant at) {}

  @POST
  @Transactional
  @Operation(
      summary = "Declare a major incident",
      description =
          "New contacts matching one of its keywords (or an incident in its category) are linked"
              + " to it and told its latest update at once.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "vpn",
                      value =
                          "{\"title\": \"VPN outage\", \"description\": \"VPN gateway down\","
                              + " \"category\": \"network\", \"keywords\": [\"vpn\"]}")))
  @APIResponse(responseCode = "201", description = "the major incident")
  public Response declare(
      @Valid @NotNull DeclareRequest request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
    return idempotent.once(
        idempotencyKey,
        caller.subject() + ":POST /api/v1/major-incidents",
        request,
        () ->
            Response.status(201)
                .entity(
                    view(
                        incidents.declare(
                            request.title(),
                            request.description(),
                            request.category(),
                            request.keywords(),
                            caller.name())))
                .build());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read a major incident with its linked tickets and updates")
  @APIResponse(responseCode = "200", description = "the major incident")
  @APIResponse(responseCode = "404", description = "unknown")
  public MajorIncidentView get(@PathParam("id") String id) {
    return view(find(id));
  }

  @POST
  @Path("/{id}/links")
  @Transactional
  @Operation(
      summary = "Link a ticket",
      description = "The ticket's customer is told the latest update at once.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "link", value = "{\"ticketId\": \"SD-1042\"}")))
  @APIResponse(responseCode = "200", description = "the major incident")
  @APIResponse(responseCode = "404", description = "major incident or ticket unknown")
  @APIResponse(responseCode = "409", description = "resolved, or the ticket is linked elsewhere")
  public MajorIncidentView link(@PathParam("id") String id, @Valid @NotNull LinkRequest request) {
    MajorIncident incident = find(id);
    Ticket ticket =
        tickets
            .byIdOrNumber(request.ticketId())
            .orElseThrow(() -> ApiProblem.notFound("no ticket " + request.ticketId()));
    incidents.link(incident, ticket, Change.by(caller.name(), "api"));
    return view(incident);
  }

  @POST
  @Path("/{id}/updates")
  @Transactional
  @Operation(
      summary = "Post a public update",
      description = "Sent once to every linked contact on its own channel.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "update",
                      value = "{\"body\": \"The VPN gateway is being restarted.\"}")))
  @APIResponse(responseCode = "201", description = "the update")
  public Response post(
      @PathParam("id") String id,
      @Valid @NotNull UpdateRequest request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
    MajorIncident incident = find(id);
    if (!incident.isOpen()) {
      throw ApiProblem.conflict("major incident " + id + " is resolved");
    }
    return idempotent.once(
        idempotencyKey,
        caller.subject() + ":POST /api/v1/major-incidents/" + id + "/updates",
        request,
        () -> {
          MajorIncidentUpdate update = incidents.post(incident, request.body(), caller.name());
          return Response.status(201)
              .entity(new UpdateView(update.id, update.body, update.author, update.at))
              .build();
        });
  }

  @POST
  @Path("/{id}/resolution")
  @Transactional
  @Operation(
      summary = "Resolve the major incident",
      description = "Every linked ticket that is still open is resolved with this summary.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "resolve",
                      value = "{\"summary\": \"Gateway replaced; VPN works again.\"}")))
  @APIResponse(responseCode = "200", description = "the resolved major incident")
  @APIResponse(responseCode = "409", description = "already resolved")
  public MajorIncidentView resolve(
      @PathParam("id") String id, @Valid @NotNull ResolveRequest request) {
    MajorIncident incident = find(id);
    incidents.resolve(incident, request.summary(), caller.name());
    return view(incident);
  }

  private MajorIncident find(String id) {
    UUID uuid = QueryParams.uuid("id", id);
    return incidents.get(uuid);
  }

  private MajorIncidentView view(MajorIncident incident) {
    return new MajorIncidentView(
        incident.id,
        incident.title,
        incident.description,
        incident.category,
        incident.keywordList(),
        incident.status,
        incident.createdAt,
        incident.resolvedAt,
        incident.resolutionSummary,
        incidents.linked(incident).stream().map(t -> t.number).toList(),
        MajorIncidentUpdate.<MajorIncidentUpdate>list(
                "majorIncidentId = ?1 order by at", incident.id)
            .stream()
            .map(u -> new UpdateView(u.id, u.body, u.author, u.at))
            .toList());
  }
}

package dev.switchboard.routing.sla.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.problem.Problem.FieldError;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.routing.admin.AdminCrud;
import dev.switchboard.routing.sla.BusinessCalendar;
import dev.switchboard.routing.sla.SlaCalendar;
import dev.switchboard.routing.sla.SlaPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sla-policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class SlaPolicyResource {

  static final String EXAMPLE =
      "{\"id\": \"p2\", \"name\": \"P2\", \"priority\": \"p2\", \"firstResponse\": \"PT1H\","
          + " \"resolution\": \"PT8H\", \"calendar\": \"business-hours\", \"warningShare\": 0.75,"
          + " \"warningEscalation\": \"hierarchical\"}";

  private final AdminCrud crud;
  private final Caller caller;
  private final Clock clock;

  SlaPolicyResource(AdminCrud crud, Caller caller, Clock clock) {
    this.crud = crud;
    this.caller = caller;
    this.clock = clock;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "SLA policies")
  @APIResponse(responseCode = "200", description = "A page of policies")
  public Page<PolicyView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return AdminCrud.page(
        SlaPolicy.<SlaPolicy>find("order by priority, id"), page, size, PolicyView::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "One SLA policy")
  @APIResponse(responseCode = "200", description = "The policy")
  @APIResponse(responseCode = "404", description = "No such policy")
  public PolicyView get(@PathParam("id") String id) {
    return PolicyView.of(AdminCrud.require(SlaPolicy.findByIdOptional(id), "SLA policy", id));
  }

  @POST
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Create an SLA policy (id generated when omitted)")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "policy", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid durations, priority or calendar, or a target longer than the calendar"
              + " gives in a year")
  @APIResponse(responseCode = "409", description = "The id exists")
  public Response create(
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Valid @NotNull PolicyRequest request) {
    String id = request.id() == null ? UUID.randomUUID().toString() : request.id();
    return crud.create(
        idempotencyKey,
        caller.name() + ":POST /sla-policies",
        request,
        "/api/v1/sla-policies",
        id,
        SlaPolicy.findByIdOptional(id),
        () -> newPolicy(id),
        p -> apply(p, request, clock.instant()),
        PolicyView::of);
  }

  @PUT
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Create or replace an SLA policy",
      description = "Applies to tickets created (or re-prioritised) afterwards.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "policy", value = EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The policy as stored")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid durations, priority or calendar, or a target longer than the calendar"
              + " gives in a year")
  public PolicyView put(@PathParam("id") String id, @Valid @NotNull PolicyRequest request) {
    SlaPolicy policy =
        AdminCrud.upsert(
            id,
            request.id(),
            SlaPolicy.findByIdOptional(id),
            () -> newPolicy(id),
            p -> apply(p, request, clock.instant()));
    return PolicyView.of(policy);
  }

  @DELETE
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Remove an SLA policy (running clocks keep their targets)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such policy")
  public void delete(@PathParam("id") String id) {
    AdminCrud.require(SlaPolicy.findByIdOptional(id), "SLA policy", id).delete();
  }

  private static SlaPolicy newPolicy(String id) {
    SlaPolicy policy = new SlaPolicy();
    policy.id = id;
    return policy;
  }

  private static void apply(SlaPolicy policy, PolicyRequest request, Instant now) {
    requirePositiveDuration("firstResponse", request.firstResponse());
    requirePositiveDuration("resolution", request.resolution());
    SlaCalendar calendar =
        SlaCalendar.<SlaCalendar>findByIdOptional(request.calendar())
            .orElseThrow(() -> ApiProblem.invalid("calendar", "no calendar " + request.calendar()));
    policy.name = request.name();
    policy.priority = request.priority();
    policy.ticketType = request.ticketType();
    policy.firstResponse = request.firstResponse();
    policy.resolution = request.resolution();
    policy.calendarId = request.calendar();
    policy.warningShare = request.warningShare();
    policy.warningEscalation =
        request.warningEscalation() == null ? "hierarchical" : request.warningEscalation();
    List<FieldError> beyond =
        policy.targetsBeyond(calendar.toBusinessCalendar(), now).stream()
            .map(
                field ->
                    new FieldError(
                        field,
                        "is more business time than calendar "
                            + calendar.id
                            + " has in "
                            + BusinessCalendar.MAX_TARGET_DAYS
                            + " days"))
            .toList();
    if (!beyond.isEmpty()) {
      throw ApiProblem.invalid(beyond);
    }
  }

  private static void requirePositiveDuration(String field, String value) {
    try {
      if (Duration.parse(value).compareTo(Duration.ZERO) <= 0) {
        throw ApiProblem.invalid(field, "must be a positive ISO 8601 duration like PT4H");
      }
    } catch (DateTimeParseException malformed) {
      throw ApiProblem.invalid(field, "must be an ISO 8601 duration like PT4H");
    }
  }
}

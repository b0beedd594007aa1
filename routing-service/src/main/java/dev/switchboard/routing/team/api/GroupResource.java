package dev.switchboard.routing.team.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.routing.admin.AdminCrud;
import dev.switchboard.routing.assignment.AssignmentService;
import dev.switchboard.routing.assignment.api.AssignmentView;
import dev.switchboard.routing.rule.RoutingRule;
import dev.switchboard.routing.team.Agent;
import dev.switchboard.routing.team.AgentGroup;
import dev.switchboard.routing.team.GroupStrategy;
import dev.switchboard.routing.ticket.RoutedTicket;
import dev.switchboard.routing.ticket.TicketRepository;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class GroupResource {

  static final String EXAMPLE =
      "{\"id\": \"network-team\", \"name\": \"Network team\", \"strategy\": \"load_balanced\","
          + " \"tier\": 2, \"supervisor\": \"sam\", \"escalationGroup\": null}";

  private final AdminCrud crud;
  private final AssignmentService assignments;
  private final TicketRepository tickets;
  private final Caller caller;

  GroupResource(
      AdminCrud crud, AssignmentService assignments, TicketRepository tickets, Caller caller) {
    this.crud = crud;
    this.assignments = assignments;
    this.tickets = tickets;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "List groups")
  @APIResponse(responseCode = "200", description = "A page of groups")
  public Page<GroupView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return AdminCrud.page(AgentGroup.<AgentGroup>find("order by id"), page, size, GroupView::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "One group")
  @APIResponse(responseCode = "200", description = "The group")
  @APIResponse(responseCode = "404", description = "No such group")
  public GroupView get(@PathParam("id") String id) {
    return GroupView.of(AdminCrud.require(AgentGroup.findByIdOptional(id), "group", id));
  }

  @POST
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Create a group")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "group", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "409", description = "The id exists")
  public Response create(
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Valid @NotNull GroupRequest request) {
    String id = AdminCrud.requireId(request.id());
    return crud.create(
        idempotencyKey,
        caller.name() + ":POST /groups",
        request,
        "/api/v1/groups",
        id,
        AgentGroup.findByIdOptional(id),
        () -> newGroup(id),
        g -> apply(g, request),
        GroupView::of);
  }

  @PUT
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Create or replace a group")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "group", value = EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The group as stored")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  public GroupView put(@PathParam("id") String id, @Valid @NotNull GroupRequest request) {
    AgentGroup group =
        AdminCrud.upsert(
            id,
            request.id(),
            AgentGroup.findByIdOptional(id),
            () -> newGroup(id),
            g -> apply(g, request));
    return GroupView.of(group);
  }

  @DELETE
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Remove a group that no rule, policy or agent uses")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "409", description = "Still in use")
  public void delete(@PathParam("id") String id) {
    AgentGroup group = AdminCrud.require(AgentGroup.findByIdOptional(id), "group", id);
    if (RoutingRule.count("targetGroup", id) > 0 || !Agent.inGroup(id).isEmpty()) {
      throw ApiProblem.conflict("group " + id + " is still used by rules or agents");
    }
    group.delete();
  }

  @GET
  @Path("/{id}/queue")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Tickets waiting in the group without an owner, oldest first")
  @APIResponse(responseCode = "200", description = "The waiting tickets")
  public Page<QueuedTicket> queue(
      @PathParam("id") String id,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    AdminCrud.require(AgentGroup.findByIdOptional(id), "group", id);
    return AdminCrud.page(
        RoutedTicket.<RoutedTicket>find(
            "group = ?1 and owner is null and status not in ('resolved', 'closed')"
                + " order by queuedAt, createdAt",
            id),
        page,
        size,
        QueuedTicket::of);
  }

  @POST
  @Path("/{id}/queue/pull")
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @RolesAllowed(Roles.AGENT)
  @Operation(
      summary = "Take the oldest waiting ticket",
      description =
          "For queue groups (agents pull) and for any group's backlog. The caller must be an agent"
              + " of the group, available and under capacity.")
  @APIResponse(responseCode = "200", description = "The pulled ticket's assignment")
  @APIResponse(responseCode = "204", description = "The queue is empty")
  @APIResponse(responseCode = "403", description = "Not an agent of this group")
  @APIResponse(responseCode = "409", description = "Away or at capacity")
  public Response pull(@PathParam("id") String id) {
    Optional<RoutedTicket> pulled = assignments.pull(id, caller.name());
    return pulled
        .map(t -> Response.ok(AssignmentView.of(tickets.require(t.id))).build())
        .orElseGet(() -> Response.noContent().build());
  }

  private static AgentGroup newGroup(String id) {
    AgentGroup group = new AgentGroup();
    group.id = id;
    return group;
  }

  private static void apply(AgentGroup group, GroupRequest request) {
    if (request.escalationGroup() != null
        && !request.escalationGroup().equals(group.id)
        && AgentGroup.findById(request.escalationGroup()) == null) {
      throw ApiProblem.invalid("escalationGroup", "no group " + request.escalationGroup());
    }
    group.name = request.name();
    group.strategy =
        (request.strategy() == null ? GroupStrategy.LOAD_BALANCED : request.strategy()).wire();
    group.tier = request.tier() == null ? 1 : request.tier();
    group.supervisor = request.supervisor();
    group.escalationGroup = request.escalationGroup();
  }
}

package dev.switchboard.routing.team.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.PageRequest;
import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.routing.admin.AdminCrud;
import dev.switchboard.routing.assignment.AssignmentService;
import dev.switchboard.routing.team.Agent;
import dev.switchboard.routing.team.AgentGroup;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AgentResource {

  static final String EXAMPLE =
      "{\"id\": \"agent1\", \"name\": \"Alex Agent\", \"groups\": [\"service-desk\"],"
          + " \"skills\": [\"email\", \"access\"], \"capacity\": 10, \"available\": true}";

  private final TicketRepository tickets;
  private final AssignmentService assignments;
  private final AdminCrud crud;
  private final Caller caller;

  AgentResource(
      TicketRepository tickets, AssignmentService assignments, AdminCrud crud, Caller caller) {
    this.tickets = tickets;
    this.assignments = assignments;
    this.crud = crud;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "List agents with their current load", description = "Filter by ?group=.")
  @APIResponse(responseCode = "200", description = "A page of agents")
  public Page<AgentView> list(
      @QueryParam("group") String group,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest request = PageRequest.of(page, size);
    List<Agent> matching =
        Agent.<Agent>list("order by id").stream()
            .filter(a -> group == null || a.belongsTo(group))
            .toList();
    Page<Agent> agents =
        new Page<>(
            matching.stream().skip(request.offset()).limit(request.size()).toList(),
            request.page(),
            request.size(),
            matching.size());
    Map<String, Integer> load = tickets.openLoad(agents.items().stream().map(a -> a.id).toList());
    return agents.map(a -> AgentView.of(a, load.getOrDefault(a.id, 0)));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "One agent")
  @APIResponse(responseCode = "200", description = "The agent")
  @APIResponse(responseCode = "404", description = "No such agent")
  public AgentView get(@PathParam("id") String id) {
    return view(AdminCrud.require(Agent.findByIdOptional(id), "agent", id));
  }

  @POST
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Create an agent (id = the user name in the agent's token)")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "agent", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid fields or unknown group")
  @APIResponse(responseCode = "409", description = "The id exists")
  public Response create(
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Valid @NotNull AgentRequest request) {
    String id = AdminCrud.requireId(request.id());
    return crud.create(
        idempotencyKey,
        caller.name() + ":POST /agents",
        request,
        "/api/v1/agents",
        id,
        Agent.findByIdOptional(id),
        () -> newAgent(id),
        a -> apply(a, request),
        this::view);
  }

  @PUT
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Create or replace an agent")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "agent", value = EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The agent as stored")
  @APIResponse(responseCode = "400", description = "Invalid fields or unknown group")
  public AgentView put(@PathParam("id") String id, @Valid @NotNull AgentRequest request) {
    Agent agent =
        AdminCrud.upsert(
            id,
            request.id(),
            Agent.findByIdOptional(id),
            () -> newAgent(id),
            a -> apply(a, request));
    assignments.drain(agent.groups);
    return view(agent);
  }

  @PUT
  @Path("/{id}/availability")
  @Transactional
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Go on shift, away or off shift",
      description = "An agent may set their own availability; supervisors anyone's.")
  @RequestBody(
      content =
          @Content(
              examples = @ExampleObject(name = "away", value = "{\"availability\": \"away\"}")))
  @APIResponse(responseCode = "200", description = "The agent")
  @APIResponse(responseCode = "403", description = "Another agent's availability")
  public AgentView availability(
      @PathParam("id") String id, @Valid @NotNull AvailabilityRequest request) {
    if (!caller.hasRole(Roles.SUPERVISOR)
        && !caller.hasRole(Roles.ADMIN)
        && !caller.name().equals(id)) {
      throw ApiProblem.forbidden("agents set only their own availability");
    }
    Agent agent = AdminCrud.require(Agent.findByIdOptional(id), "agent", id);
    agent.availability = request.availability().wire();
    if (agent.isAvailable()) {
      assignments.drain(agent.groups);
    }
    return view(agent);
  }

  @DELETE
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Remove an agent (their open tickets keep their owner until reassigned)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such agent")
  public void delete(@PathParam("id") String id) {
    AdminCrud.require(Agent.findByIdOptional(id), "agent", id).delete();
  }

  private AgentView view(Agent agent) {
    return AgentView.of(agent, tickets.openLoad(List.of(agent.id)).getOrDefault(agent.id, 0));
  }

  private static Agent newAgent(String id) {
    Agent agent = new Agent();
    agent.id = id;
    return agent;
  }

  private static void apply(Agent agent, AgentRequest request) {
    for (String group : request.groupsOrEmpty()) {
      if (AgentGroup.findById(group) == null) {
        throw ApiProblem.invalid("groups", "no group " + group);
      }
    }
    agent.name = request.name();
    agent.groups = new ArrayList<>(request.groupsOrEmpty());
    agent.skills = new ArrayList<>(request.skillsOrEmpty());
    agent.capacity = request.capacity();
    agent.availability = request.availabilityOrDefault().wire();
  }
}

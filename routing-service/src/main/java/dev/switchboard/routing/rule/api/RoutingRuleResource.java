package dev.switchboard.routing.rule.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.routing.admin.AdminCrud;
import dev.switchboard.routing.rule.RoutingRule;
import dev.switchboard.routing.rule.api.RuleRequest.Match;
import dev.switchboard.routing.team.AgentGroup;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class RoutingRuleResource {

  static final String EXAMPLE =
      "{\"id\": \"network\", \"name\": \"Network to the network team\", \"position\": 10,"
          + " \"match\": {\"categoryPrefix\": \"network\"}, \"targetGroup\": \"network-team\","
          + " \"requiredSkills\": [\"network\"]}";

  private final AdminCrud crud;
  private final Caller caller;

  RoutingRuleResource(AdminCrud crud, Caller caller) {
    this.crud = crud;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Routing rules in evaluation order")
  @APIResponse(responseCode = "200", description = "A page of rules")
  public Page<RuleView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return AdminCrud.page(
        RoutingRule.<RoutingRule>find("order by position, id"), page, size, RuleView::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "One routing rule")
  @APIResponse(responseCode = "200", description = "The rule")
  @APIResponse(responseCode = "404", description = "No such rule")
  public RuleView get(@PathParam("id") String id) {
    return RuleView.of(AdminCrud.require(RoutingRule.findByIdOptional(id), "routing rule", id));
  }

  @POST
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Create a routing rule (id generated when omitted)")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "rule", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid fields or unknown group")
  @APIResponse(responseCode = "409", description = "The id exists")
  public Response create(
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Valid @NotNull RuleRequest request) {
    String id = request.id() == null ? UUID.randomUUID().toString() : request.id();
    return crud.create(
        idempotencyKey,
        caller.name() + ":POST /routing-rules",
        request,
        "/api/v1/routing-rules",
        id,
        RoutingRule.findByIdOptional(id),
        () -> newRule(id),
        r -> apply(r, request),
        RuleView::of);
  }

  @PUT
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Create or replace a routing rule")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "rule", value = EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The rule as stored")
  @APIResponse(responseCode = "400", description = "Invalid fields or unknown group")
  public RuleView put(@PathParam("id") String id, @Valid @NotNull RuleRequest request) {
    RoutingRule rule =
        AdminCrud.upsert(
            id,
            request.id(),
            RoutingRule.findByIdOptional(id),
            () -> newRule(id),
            r -> apply(r, request));
    return RuleView.of(rule);
  }

  @DELETE
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Remove a routing rule")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such rule")
  public void delete(@PathParam("id") String id) {
    AdminCrud.require(RoutingRule.findByIdOptional(id), "routing rule", id).delete();
  }

  private static RoutingRule newRule(String id) {
    RoutingRule rule = new RoutingRule();
    rule.id = id;
    return rule;
  }

  private static void apply(RoutingRule rule, RuleRequest request) {
    if (AgentGroup.findById(request.targetGroup()) == null) {
      throw ApiProblem.invalid("targetGroup", "no group " + request.targetGroup());
    }
    Match match =
        request.match() == null
            ? new Match(null, null, null, null, null, null, null, null)
            : request.match();
    rule.name = request.name();
    rule.position = request.position();
    rule.enabled = request.enabled() == null || request.enabled();
    rule.matchType = match.type();
    rule.matchCategoryPrefix = match.categoryPrefix();
    rule.matchPriorities =
        new ArrayList<>(match.priorities() == null ? List.of() : match.priorities());
    rule.matchChannel = match.channel();
    rule.matchNegativeSentiment = match.negativeSentiment();
    rule.matchRepeatedContacts = match.repeatedContacts();
    rule.matchOpenMajorIncident = match.openMajorIncident();
    rule.matchMinContactsLast7Days = match.minContactsLast7Days();
    rule.targetGroup = request.targetGroup();
    rule.requiredSkills =
        new ArrayList<>(request.requiredSkills() == null ? List.of() : request.requiredSkills());
  }
}

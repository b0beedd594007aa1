package dev.switchboard.intake.customer.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.PageRequest;
import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.intake.customer.Customer;
import dev.switchboard.intake.customer.CustomerContext;
import dev.switchboard.intake.customer.CustomerContext.Signals;
import dev.switchboard.intake.customer.CustomerContext.Timeline;
import dev.switchboard.intake.customer.CustomerContext.TimelineEntry;
import dev.switchboard.intake.customer.CustomerDirectory;
import dev.switchboard.intake.customer.IdentityKind;
import dev.switchboard.intake.ticket.Ticket;
import dev.switchboard.intake.ticket.TicketStatus;
import dev.switchboard.intake.ticket.api.PageParams;
import dev.switchboard.intake.ticket.api.QueryParams;
import dev.switchboard.intake.ticket.api.TicketView;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

  private static final int RECENT_TICKETS = 10;

  /**
   * A customer with a runaway integration can hold thousands of open tickets; the context shows the
   * newest ones and {@code openTicketCount} says how many there are.
   */
  static final int OPEN_TICKETS_SHOWN = 50;

  private static final String NOT_OPEN =
      TicketStatus.class.getName() + ".RESOLVED, " + TicketStatus.class.getName() + ".CLOSED";

  private final CustomerDirectory directory;
  private final CustomerContext context;
  private final IdempotentRequests idempotent;
  private final Caller caller;

  CustomerResource(
      CustomerDirectory directory,
      CustomerContext context,
      IdempotentRequests idempotent,
      Caller caller) {
    this.directory = directory;
    this.context = context;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  /** {@code POST /customers/{id}/merge}: the customer {@code from} is absorbed. */
  public record MergeRequest(@NotNull UUID from) {}

  /** The customer-context answer. */
  public record ContextView(
      CustomerView customer,
      List<TicketView> openTickets,
      long openTicketCount,
      List<TicketView> recentTickets,
      List<TimelineEntry> timeline,
      PageInfo timelinePage,
      Signals signals) {}

  /** Paging of the timeline. */
  public record PageInfo(int page, int size, long total) {}

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "Find customers",
      description =
          "identity=kind:value (email, phone, chat_handle, oidc_subject); e-mail matches any case,"
              + " phone any notation. Without identity, all customers newest first.")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "found",
                      value =
                          "{\"items\": [{\"id\": \"9a1e…\", \"name\": \"Ana\", \"identities\":"
                              + " [{\"kind\": \"email\", \"value\": \"ana@example.org\"}]}],"
                              + " \"page\": 0, \"size\": 20, \"total\": 1}")))
  @APIResponse(
      responseCode = "400",
      description = "identity is not kind:value, or page/size not a whole number in range")
  public Page<CustomerView> find(
      @QueryParam("identity") String identity, @BeanParam PageParams paging) {
    PageRequest request = paging.request();
    if (identity == null || identity.isBlank()) {
      var all =
          Customer.<Customer>find("mergedInto is null", Sort.descending("createdAt"))
              .page(io.quarkus.panache.common.Page.of(request.page(), request.size()));
      return new Page<>(
          all.list().stream().map(CustomerView::of).toList(),
          request.page(),
          request.size(),
          all.count());
    }
    int colon = identity.indexOf(':');
    if (colon <= 0 || colon == identity.length() - 1) {
      throw ApiProblem.invalid("identity", "must be kind:value, e.g. email:ana@example.org");
    }
    IdentityKind kind;
    try {
      kind = IdentityKind.parse(identity.substring(0, colon));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid("identity", e.getMessage());
    }
    List<CustomerView> found =
        directory.findByIdentity(kind, identity.substring(colon + 1)).stream()
            .map(CustomerView::of)
            .toList();
    return new Page<>(
        request.page() == 0 ? found : List.of(), request.page(), request.size(), found.size());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "Read a customer",
      description = "A merged-away id resolves to the surviving customer.")
  @APIResponse(responseCode = "200", description = "the customer")
  @APIResponse(responseCode = "404", description = "unknown, or not the caller themselves")
  public CustomerView get(@PathParam("id") String id) {
    return CustomerView.of(visible(id));
  }

  @POST
  @Path("/{id}/merge")
  @Transactional
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Merge another customer into this one",
      description =
          "Identities, tickets and timeline of 'from' move here; the merge is audited and the old"
              + " id keeps resolving to this customer.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "merge", value = "{\"from\": \"4b7d…\"}")))
  @APIResponse(responseCode = "200", description = "the surviving customer")
  @APIResponse(responseCode = "404", description = "either customer unknown")
  @APIResponse(responseCode = "409", description = "both ids name the same customer")
  public Response merge(
      @PathParam("id") String id,
      @Valid @NotNull MergeRequest request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
    UUID into = QueryParams.uuid("id", id);
    return idempotent.once(
        idempotencyKey,
        caller.subject() + ":POST /api/v1/customers/" + id + "/merge",
        request,
        () ->
            Response.ok(CustomerView.of(directory.merge(into, request.from(), caller.name())))
                .build());
  }

  @GET
  @Path("/{id}/context")
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "The shared customer context",
      description =
          "Profile, identities, open and recent tickets, one timeline over every channel (newest"
              + " first, paged by page/size) and signals, in one call. signals.contactsLast7Days"
              + " counts up to "
              + CustomerContext.CONTACTS_COUNTED_UP_TO
              + "; GET /customers/{id}/signals answers the signals alone.")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "context",
                      value =
                          "{\"customer\": {\"id\": \"9a1e…\", \"name\": \"Ana\", \"identities\":"
                              + " [{\"kind\": \"email\", \"value\": \"ana@example.org\"}]},"
                              + " \"openTickets\": [], \"openTicketCount\": 0, \"recentTickets\": [], \"timeline\":"
                              + " [{\"interactionId\": \"5f0c…\", \"ticketNumber\": \"SD-1042\","
                              + " \"channel\": \"chat\", \"direction\": \"inbound\", \"at\":"
                              + " \"2026-03-02T09:15:00Z\", \"summary\": \"VPN drops\"}],"
                              + " \"timelinePage\": {\"page\": 0, \"size\": 20, \"total\": 1},"
                              + " \"signals\": {\"contactsLast7Days\": 1, \"openMajorIncident\":"
                              + " false, \"negativeSentiment\": false}}")))
  @APIResponse(responseCode = "400", description = "page/size not a whole number in range")
  @APIResponse(responseCode = "404", description = "unknown, or not the caller themselves")
  public ContextView context(@PathParam("id") String id, @BeanParam PageParams paging) {
    PageRequest request = paging.request();
    Customer customer = visible(id);
    List<TicketView> recent =
        Ticket.<Ticket>find("customerId = ?1 order by createdAt desc", customer.id)
            .page(0, RECENT_TICKETS)
            .list()
            .stream()
            .map(TicketView::of)
            .toList();
    // The statuses are literals, not parameters, so that a generic plan can still use the partial
    // index ticket_customer_open.
    var openQuery =
        Ticket.<Ticket>find(
            "customerId = ?1 and status not in (" + NOT_OPEN + ") order by createdAt desc",
            customer.id);
    List<TicketView> open =
        openQuery.page(0, OPEN_TICKETS_SHOWN).list().stream().map(TicketView::of).toList();
    long openCount = open.size() < OPEN_TICKETS_SHOWN ? open.size() : openQuery.count();
    Timeline timeline = context.timeline(customer.id, caller.isStaff(), request);
    return new ContextView(
        CustomerView.of(customer),
        open,
        openCount,
        recent,
        timeline.items(),
        new PageInfo(request.page(), request.size(), timeline.total()),
        context.signals(customer.id));
  }

  @GET
  @Path("/{id}/signals")
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "The customer's signals alone",
      description =
          "The signals part of the customer context, for callers that need nothing else (routing"
              + " reads it for every new ticket): the same values, without the tickets and the"
              + " timeline. contactsLast7Days counts up to "
              + CustomerContext.CONTACTS_COUNTED_UP_TO
              + ".")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "signals",
                      value =
                          "{\"contactsLast7Days\": 4, \"openMajorIncident\": true,"
                              + " \"negativeSentiment\": false}")))
  @APIResponse(responseCode = "404", description = "unknown, or not the caller themselves")
  public Signals signals(@PathParam("id") String id) {
    return context.signals(visible(id).id);
  }

  private Customer visible(String id) {
    UUID customerId;
    try {
      customerId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.notFound("no customer " + id);
    }
    return directory
        .find(customerId)
        .filter(
            customer ->
                caller.isStaff()
                    || directory.of(caller).filter(own -> own.id.equals(customer.id)).isPresent())
        .orElseThrow(() -> ApiProblem.notFound("no customer " + id));
  }
}

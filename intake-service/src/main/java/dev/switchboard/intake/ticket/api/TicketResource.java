package dev.switchboard.intake.ticket.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.PageRequest;
import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.intake.audit.AuditEntry;
import dev.switchboard.intake.audit.AuditTrail;
import dev.switchboard.intake.contact.Author;
import dev.switchboard.intake.contact.ContactIntake;
import dev.switchboard.intake.contact.ContactOutcome;
import dev.switchboard.intake.contact.CustomerNotifier;
import dev.switchboard.intake.contact.InboundContact;
import dev.switchboard.intake.contact.Sender;
import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.interaction.Direction;
import dev.switchboard.intake.interaction.Interaction;
import dev.switchboard.intake.interaction.InteractionKind;
import dev.switchboard.intake.interaction.InteractionLog;
import dev.switchboard.intake.interaction.Visibility;
import dev.switchboard.intake.ticket.InternalNotes;
import dev.switchboard.intake.ticket.Ticket;
import dev.switchboard.intake.ticket.TicketAccess;
import dev.switchboard.intake.ticket.TicketCorrections;
import dev.switchboard.intake.ticket.TicketEvents.Change;
import dev.switchboard.intake.ticket.TicketLifecycle;
import dev.switchboard.intake.ticket.TicketStatus;
import dev.switchboard.intake.ticket.TicketType;
import dev.switchboard.intake.ticket.Tickets;
import dev.switchboard.intake.ticket.api.TicketRequests.ConfirmationRequest;
import dev.switchboard.intake.ticket.api.TicketRequests.InteractionRequest;
import dev.switchboard.intake.ticket.api.TicketRequests.TicketCorrection;
import dev.switchboard.intake.ticket.api.TicketRequests.TransitionRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

  private static final String[] STAFF = {Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN};

  private final Tickets tickets;
  private final TicketAccess access;
  private final TicketLifecycle lifecycle;
  private final TicketCorrections corrections;
  private final ContactIntake intake;
  private final CustomerNotifier notifier;
  private final InternalNotes notes;
  private final InteractionLog log;
  private final AuditTrail audit;
  private final IdempotentRequests idempotent;
  private final Caller caller;
  private final Clock clock;

  TicketResource(
      Tickets tickets,
      TicketAccess access,
      TicketLifecycle lifecycle,
      TicketCorrections corrections,
      ContactIntake intake,
      CustomerNotifier notifier,
      InternalNotes notes,
      InteractionLog log,
      AuditTrail audit,
      IdempotentRequests idempotent,
      Caller caller,
      Clock clock) {
    this.tickets = tickets;
    this.access = access;
    this.lifecycle = lifecycle;
    this.corrections = corrections;
    this.intake = intake;
    this.notifier = notifier;
    this.notes = notes;
    this.log = log;
    this.audit = audit;
    this.idempotent = idempotent;
    this.caller = caller;
    this.clock = clock;
  }

  @GET
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "List tickets",
      description = "Filters are optional; a customer only ever sees their own tickets.")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"items\": [{\"id\": \"c7d2…\", \"number\": \"SD-1042\", \"status\":"
                              + " \"new\"}], \"page\": 0, \"size\": 20, \"total\": 1}")))
  @APIResponse(
      responseCode = "400",
      description = "customerId, status, type, page or size invalid (problem+json with errors)")
  public Page<TicketView> list(
      @QueryParam("customerId") String customer,
      @QueryParam("status") String statusName,
      @QueryParam("type") String typeName,
      @BeanParam PageParams paging) {
    PageRequest request = paging.request();
    UUID customerId = QueryParams.uuid("customerId", customer);
    TicketStatus status = QueryParams.wire(TicketStatus.class, "status", statusName);
    TicketType type = QueryParams.wire(TicketType.class, "type", typeName);
    UUID filter = customerId;
    if (caller.isCustomerOnly()) {
      UUID own = access.ownCustomerId(caller).orElse(null);
      if (own == null || (customerId != null && !customerId.equals(own))) {
        return new Page<>(List.of(), request.page(), request.size(), 0);
      }
      filter = own;
    }
    return tickets.list(filter, status, type, request).map(TicketView::of);
  }

  @GET
  @Path("/{idOrNumber}")
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "Read one ticket with its interactions",
      description =
          "By id or number (SD-1042). Customers see public interactions only, and the work logged"
              + " on them (timeSpentMinutes) only staff see.")
  @APIResponse(responseCode = "200", description = "the ticket")
  @APIResponse(responseCode = "404", description = "unknown, or not the customer's own")
  public TicketView get(@PathParam("idOrNumber") String idOrNumber) {
    Ticket ticket = access.visible(idOrNumber, caller);
    boolean staff = caller.isStaff();
    List<InteractionView> interactions =
        log.ofTicket(ticket.id).stream()
            .filter(i -> staff || i.visibility == Visibility.PUBLIC)
            .map(i -> InteractionView.of(i, staff))
            .toList();
    return TicketView.of(ticket, interactions);
  }

  @POST
  @Path("/{id}/interactions")
  @Transactional
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Add a reply or note",
      description =
          "Agents: a public reply goes out on the ticket's channel (e-mail by SMTP), an internal"
              + " note stays on the ticket; either may log the agent's work in"
              + " timeSpentMinutes (0..1440), which metrics averages as handle time. Customers:"
              + " a message on their own ticket (may reopen it, a courtesy 'thanks' does not);"
              + " they may not log time.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(
                    name = "reply",
                    value =
                        "{\"body\": \"Please restart the VPN client.\", \"visibility\":"
                            + " \"public\", \"timeSpentMinutes\": 15}"),
                @ExampleObject(
                    name = "note",
                    value =
                        "{\"body\": \"Checked the VPN gateway logs.\", \"visibility\":"
                            + " \"internal\", \"timeSpentMinutes\": 20}")
              }))
  @APIResponse(responseCode = "201", description = "the recorded interaction")
  @APIResponse(
      responseCode = "400",
      description = "body missing, or timeSpentMinutes outside 0..1440 (problem+json with errors)")
  @APIResponse(
      responseCode = "403",
      description = "a customer writing an internal note or logging time")
  @APIResponse(responseCode = "404", description = "unknown, or not the customer's own")
  public Response addInteraction(
      @PathParam("id") String id,
      @Valid @NotNull InteractionRequest request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
    Ticket ticket = access.visible(id, caller);
    return idempotent.once(
        idempotencyKey,
        caller.subject() + ":POST /api/v1/tickets/" + ticket.id + "/interactions",
        request,
        () ->
            Response.status(201)
                .entity(InteractionView.of(write(ticket, request), caller.isStaff()))
                .build());
  }

  @POST
  @Path("/{id}/transitions")
  @Transactional
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Move a ticket along its lifecycle",
      description =
          "new → assigned → in_progress ⇄ pending → resolved → closed; resolved → reopened."
              + " Resolving needs a resolution. timeSpentMinutes (0..1440) logs the agent's work"
              + " on the move as an internal work note.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "resolve",
                      value =
                          "{\"to\": \"resolved\", \"reason\": \"fixed\", \"resolution\":"
                              + " {\"code\": \"solved\", \"summary\": \"Reset the VPN"
                              + " profile\"}, \"timeSpentMinutes\": 25}")))
  @APIResponse(responseCode = "200", description = "the ticket after the move")
  @APIResponse(
      responseCode = "400",
      description = "resolved without a resolution, or timeSpentMinutes outside 0..1440")
  @APIResponse(responseCode = "409", description = "the lifecycle does not allow this move")
  public TicketView transition(
      @PathParam("id") String id, @Valid @NotNull TransitionRequest request) {
    Ticket ticket = access.visible(id, caller);
    TicketStatus from = ticket.status;
    var resolution = request.resolution();
    lifecycle.move(
        ticket,
        request.to(),
        request.reason(),
        resolution == null
            ? null
            : new TicketLifecycle.Resolution(
                resolution.code(), resolution.summary(), resolution.articleId()),
        Change.by(caller.name(), Channel.API.wire()));
    notes.workOnMove(ticket, from, caller.name(), request.reason(), request.timeSpentMinutes());
    return TicketView.of(ticket);
  }

  @POST
  @Path("/{id}/confirmation")
  @Transactional
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "The customer answers the resolution",
      description = "resolved=true closes the ticket, false reopens it (within the reopen window).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "confirm",
                      value = "{\"resolved\": true, \"comment\": \"Works again, thanks\"}")))
  @APIResponse(responseCode = "200", description = "the ticket after the answer")
  @APIResponse(responseCode = "409", description = "the ticket is not resolved")
  public TicketView confirm(
      @PathParam("id") String id, @Valid @NotNull ConfirmationRequest request) {
    Ticket ticket = access.visible(id, caller);
    Interaction answer =
        Interaction.create(
            ticket.id,
            ticket.customerId,
            Channel.PORTAL,
            Direction.INBOUND,
            Visibility.PUBLIC,
            // yes is a thank-you that closes; no is a real follow-up that reopens
            request.resolved() ? InteractionKind.COURTESY : InteractionKind.CONTACT,
            clock.instant());
    answer.author = caller.name();
    answer.authorRole = caller.isStaff() ? "agent" : "customer";
    answer.body =
        (request.resolved() ? "Resolved: yes" : "Resolved: no")
            + (request.comment() == null ? "" : "\n" + request.comment());
    lifecycle.confirm(
        ticket, request.resolved(), request.comment(), Change.by(caller.name(), "portal"));
    log.record(answer, ticket.number);
    return TicketView.of(ticket);
  }

  @PATCH
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Correct type, category, catalog item, impact or urgency",
      description =
          "A changed type or category is recorded as a classification correction for retraining.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "reclassify",
                      value = "{\"type\": \"service_request\", \"category\": \"access\"}")))
  @APIResponse(responseCode = "200", description = "the corrected ticket")
  public TicketView correct(@PathParam("id") String id, @Valid @NotNull TicketCorrection request) {
    Ticket ticket = access.visible(id, caller);
    corrections.correct(
        ticket,
        request.type(),
        request.category(),
        request.catalogItem(),
        request.impact(),
        request.urgency(),
        Change.by(caller.name(), Channel.API.wire()));
    return TicketView.of(ticket);
  }

  @GET
  @Path("/{id}/audit")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "The audit trail of a ticket: who changed what, when, through which channel")
  @APIResponse(responseCode = "200", description = "oldest first")
  public List<AuditView> auditTrail(@PathParam("id") String id) {
    Ticket ticket = access.visible(id, caller);
    return audit.of(ticket.id).stream().map(AuditView::of).toList();
  }

  /** One audit entry. */
  public record AuditView(
      java.time.Instant at, String action, String actor, String via, String detail) {
    static AuditView of(AuditEntry entry) {
      return new AuditView(entry.at, entry.action, entry.actor, entry.via, entry.detail);
    }
  }

  private Interaction write(Ticket ticket, InteractionRequest request) {
    Visibility visibility = request.visibility() == null ? Visibility.PUBLIC : request.visibility();
    if (caller.isCustomerOnly()) {
      if (visibility == Visibility.INTERNAL) {
        throw ApiProblem.forbidden("customers write public messages only");
      }
      if (request.timeSpentMinutes() != null) {
        throw ApiProblem.forbidden("only staff log work time");
      }
      ContactOutcome outcome =
          intake.accept(
              new InboundContact(
                  Channel.PORTAL,
                  new Sender(caller.email().orElse(null), null, null, caller.subject(), null),
                  new Author(caller.name(), false),
                  null,
                  request.body(),
                  null,
                  ticket.id,
                  null,
                  null,
                  InteractionKind.CONTACT,
                  true,
                  null,
                  null,
                  null,
                  null));
      return Interaction.findById(outcome.interactionId());
    }
    if (visibility == Visibility.PUBLIC) {
      return notifier.tell(
          ticket,
          InteractionKind.REPLY,
          caller.name(),
          "agent",
          request.body(),
          request.timeSpentMinutes());
    }
    return notes.note(ticket, caller.name(), request.body(), request.timeSpentMinutes());
  }
}

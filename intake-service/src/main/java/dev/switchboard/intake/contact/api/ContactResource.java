package dev.switchboard.intake.contact.api;

import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.intake.contact.Author;
import dev.switchboard.intake.contact.ContactIntake;
import dev.switchboard.intake.contact.ContactOutcome;
import dev.switchboard.intake.contact.InboundContact;
import dev.switchboard.intake.contact.Sender;
import dev.switchboard.intake.contact.TicketHints;
import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.interaction.InteractionKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/contacts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

  private static final Set<Channel> JSON_CHANNELS =
      EnumSet.of(Channel.PORTAL, Channel.API, Channel.CHAT, Channel.PHONE, Channel.WALK_IN);

  private final ContactIntake intake;
  private final IdempotentRequests idempotent;
  private final Caller caller;

  ContactResource(ContactIntake intake, IdempotentRequests idempotent, Caller caller) {
    this.intake = intake;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  @POST
  @Transactional
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "Record one contact",
      description =
          "Identifies the customer, continues a ticket (ticketNumber, chat conversationId) or opens"
              + " one, and records the contact on the customer's timeline. A caller with role"
              + " customer is always themselves. Idempotency-Key makes retries safe.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "portal",
                      value =
                          "{\"channel\": \"portal\", \"subject\": \"VPN drops every hour\","
                              + " \"description\": \"Since Monday my VPN disconnects.\","
                              + " \"impact\": \"medium\", \"urgency\": \"high\"}")))
  @APIResponse(
      responseCode = "201",
      description = "a ticket was opened",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"outcome\": \"created\", \"interactionId\": \"5f0c…\", \"customerId\":"
                              + " \"9a1e…\", \"ticket\": {\"id\": \"c7d2…\", \"number\":"
                              + " \"SD-1042\", \"type\": \"incident\", \"category\":"
                              + " \"network/vpn\", \"impact\": \"medium\", \"urgency\":"
                              + " \"high\", \"priority\": \"p2\", \"status\": \"new\"}}")))
  @APIResponse(
      responseCode = "200",
      description = "the contact joined an existing ticket (appended, duplicate)")
  @APIResponse(responseCode = "400", description = "invalid body (problem+json with errors)")
  @APIResponse(responseCode = "404", description = "ticketNumber unknown or not the caller's")
  @APIResponse(responseCode = "413", description = "body larger than the JSON limit")
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
  public Response post(
      @Valid @NotNull ContactRequest request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
    if (!JSON_CHANNELS.contains(request.channel())) {
      throw ApiProblem.invalid("channel", "must be one of portal, api, chat, phone, walk_in");
    }
    return idempotent.once(
        idempotencyKey,
        caller.subject() + ":POST /api/v1/contacts",
        request,
        () -> {
          ContactOutcome outcome = intake.accept(toContact(request));
          return Response.status(outcome.httpStatus()).entity(outcome).build();
        });
  }

  private InboundContact toContact(ContactRequest request) {
    return new InboundContact(
        request.channel(),
        sender(request),
        new Author(caller.name(), caller.isStaff()),
        request.subject(),
        request.description(),
        null,
        null,
        blankToNull(request.ticketNumber()),
        blankToNull(request.conversationId()),
        InteractionKind.CONTACT,
        true,
        blankToNull(request.externalId()),
        null,
        null,
        new TicketHints(
            request.type() == null ? null : request.type().wire(),
            request.category(),
            request.catalogItem(),
            request.impact() == null ? null : request.impact().wire(),
            request.urgency() == null ? null : request.urgency().wire()));
  }

  /** A customer is always themselves (token e-mail and subject); staff say who the customer is. */
  private Sender sender(ContactRequest request) {
    if (caller.isCustomerOnly()) {
      return new Sender(
          caller.email().orElse(null),
          null,
          null,
          caller.subject(),
          caller.displayName().orElse(caller.name()));
    }
    ContactRequest.CustomerRef customer = request.customer();
    if (customer == null) {
      throw ApiProblem.invalid("customer", "is required when staff record a contact");
    }
    return new Sender(
        customer.email(), customer.phone(), customer.chatHandle(), null, customer.name());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

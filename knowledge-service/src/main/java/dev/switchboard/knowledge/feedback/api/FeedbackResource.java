package dev.switchboard.knowledge.feedback.api;

import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.knowledge.feedback.FeedbackService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class FeedbackResource {

  static final int MAX_COMMENT = 2000;

  private final FeedbackService feedback;
  private final IdempotentRequests idempotent;
  private final Caller caller;

  FeedbackResource(FeedbackService feedback, IdempotentRequests idempotent, Caller caller) {
    this.feedback = feedback;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  @POST
  @Transactional
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Say whether a published article helped, optionally for a ticket")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "helpful",
                      value =
                          "{\"helpful\": true, \"ticketId\":"
                              + " \"0d3c8a57-3f5e-4d7c-9a55-4a5f0e2b1c99\"}")))
  @APIResponse(responseCode = "201", description = "The feedback was recorded")
  @APIResponse(responseCode = "400", description = "helpful missing")
  @APIResponse(responseCode = "404", description = "No such article visible to the caller")
  @APIResponse(responseCode = "409", description = "The article has no published version")
  public Response give(
      @PathParam("id") UUID articleId,
      FeedbackRequest request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
    if (request == null || request.helpful() == null) {
      throw ApiProblem.invalid("helpful", "must be true or false");
    }
    if (request.comment() != null && request.comment().length() > MAX_COMMENT) {
      throw ApiProblem.invalid("comment", "must be at most " + MAX_COMMENT + " characters");
    }
    return idempotent.once(
        idempotencyKey,
        caller.name() + ":POST /api/v1/articles/" + articleId + "/feedback",
        request,
        () ->
            Response.status(Response.Status.CREATED)
                .entity(
                    FeedbackView.of(
                        feedback.give(
                            articleId,
                            request.helpful(),
                            request.ticketId(),
                            request.comment() == null
                                ? null
                                : request.comment().replace("\u0000", ""),
                            caller.name(),
                            caller.isCustomerOnly())))
                .build());
  }
}

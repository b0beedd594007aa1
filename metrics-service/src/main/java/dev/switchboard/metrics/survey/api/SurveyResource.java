package dev.switchboard.metrics.survey.api;

import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.metrics.survey.Survey;
import dev.switchboard.metrics.survey.SurveyClosedException;
import dev.switchboard.metrics.survey.SurveyService;
import dev.switchboard.metrics.survey.SurveyToken;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** The survey link's target: no login, the token is the credential and works once. */
@Path("/api/v1/surveys/{token}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

  private static final int MAX_TOKEN_LENGTH = 100;

  private final SurveyService surveys;
  private final IdempotentRequests idempotentRequests;

  SurveyResource(SurveyService surveys, IdempotentRequests idempotentRequests) {
    this.surveys = surveys;
    this.idempotentRequests = idempotentRequests;
  }

  @POST
  @PermitAll
  @Transactional
  @SecurityRequirements
  @Operation(
      summary = "Answer a CSAT survey",
      description =
          "Rating 1..5 (4 and 5 count as satisfied) and an optional comment. No login: the"
              + " token from the survey link is the credential and can be used once.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "answer",
                      value = "{\"rating\": 5, \"comment\": \"Quick and friendly, thanks!\"}")))
  @APIResponse(
      responseCode = "200",
      description = "Answer recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "recorded",
                      value =
                          "{\"ticketNumber\": \"SD-1042\", \"rating\": 5, \"comment\":"
                              + " \"Quick and friendly, thanks!\", \"answeredAt\":"
                              + " \"2026-03-02T09:15:00Z\"}")))
  @APIResponse(responseCode = "400", description = "Rating missing or outside 1..5")
  @APIResponse(responseCode = "404", description = "No survey has this token")
  @APIResponse(responseCode = "410", description = "The survey was answered already or expired")
  public Response answer(
      @PathParam("token") String token,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Valid @NotNull SurveyAnswerRequest request) {
    return idempotentRequests.once(
        idempotencyKey,
        "POST /surveys/" + SurveyToken.hashOf(token),
        request,
        () -> Response.ok(record(token, request)).build());
  }

  private SurveyAnswerResponse record(String token, SurveyAnswerRequest request) {
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw ApiProblem.notFound("no survey has this token");
    }
    try {
      Survey survey =
          surveys
              .answer(token, request.rating(), request.comment())
              .orElseThrow(() -> ApiProblem.notFound("no survey has this token"));
      return new SurveyAnswerResponse(
          survey.ticketNumber, survey.rating, survey.comment, survey.answeredAt);
    } catch (SurveyClosedException e) {
      throw new ApiProblem(410, "survey-closed", "Survey closed", e.getMessage(), null);
    }
  }
}

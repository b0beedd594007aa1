package dev.switchboard.knowledge.suggestion.api;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.knowledge.search.SearchQuery;
import dev.switchboard.knowledge.search.SearchRequest;
import dev.switchboard.knowledge.search.VisibleAudiences;
import dev.switchboard.knowledge.suggestion.Suggestion;
import dev.switchboard.knowledge.suggestion.SuggestionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions")
public class SuggestionResource {

  static final int DEFAULT_LIMIT = 5;
  static final int MAX_LIMIT = 20;
  static final int MAX_TEXT = 20_000;
  static final int MAX_TERMS = 32;

  private final SuggestionService suggestions;
  private final Caller caller;

  SuggestionResource(SuggestionService suggestions, Caller caller) {
    this.suggestions = suggestions;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "Suggest articles for a ticket's text or a half-typed portal form",
      description =
          "Ranks published articles the caller may read (any word matches; the last word, while"
              + " still being typed, also matches as a prefix; the category ranks higher). The"
              + " articles shown are recorded under the returned id.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "portal form",
                      value = "{\"text\": \"I forgot my passw\", \"category\": \"account\"}")))
  @APIResponse(responseCode = "200", description = "Suggestions, best first")
  @APIResponse(responseCode = "400", description = "Blank or too long text, a limit below 1")
  public SuggestionsView suggest(SuggestionRequest request) {
    if (request == null || request.text() == null || request.text().isBlank()) {
      throw ApiProblem.invalid("text", "must not be blank");
    }
    if (request.text().length() > MAX_TEXT) {
      throw ApiProblem.invalid("text", "must be at most " + MAX_TEXT + " characters");
    }
    int requested = request.limit() == null ? DEFAULT_LIMIT : request.limit();
    if (requested < 1) {
      throw ApiProblem.invalid("limit", "must be at least 1");
    }
    int limit = Math.min(requested, MAX_LIMIT);
    String text = request.text().replace('\u0000', ' ');
    String category =
        request.category() == null || request.category().isBlank()
            ? null
            : request.category().replace('\u0000', ' ').strip().toLowerCase(Locale.ROOT);
    SuggestionService.Shown shown =
        suggestions.suggest(
            new SearchRequest(
                SearchQuery.parse(text, true, MAX_TERMS),
                text,
                VisibleAudiences.of(caller.isCustomerOnly(), null),
                null,
                category,
                limit,
                0),
            request.ticketId(),
            caller.name());
    return new SuggestionsView(shown.id(), shown.items());
  }

  @POST
  @Path("/{id}/accept")
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "Record that a suggested article was taken",
      description =
          "Emits SUGGESTION_ACCEPTED once (metrics count it as self-service deflection when no"
              + " ticket is given). Accepting the same article again changes nothing.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "accept",
                      value = "{\"articleId\": \"5b0c3d0e-8d7e-4c50-9a53-8f1f0f2d6c11\"}")))
  @APIResponse(responseCode = "200", description = "The acceptance")
  @APIResponse(responseCode = "400", description = "No articleId, or one that was not suggested")
  @APIResponse(responseCode = "404", description = "No such suggestion for this caller")
  public AcceptedView accept(@PathParam("id") UUID id, AcceptRequest request) {
    if (request == null || request.articleId() == null) {
      throw ApiProblem.invalid("articleId", "must not be null");
    }
    Suggestion accepted =
        suggestions.accept(
            id, request.articleId(), request.ticketId(), caller.name(), caller.isCustomerOnly());
    return new AcceptedView(
        accepted.id(),
        accepted.acceptedArticleId(),
        accepted.acceptedTicketId(),
        accepted.acceptedAt());
  }
}

package dev.switchboard.knowledge.search.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.knowledge.search.SearchEngine;
import dev.switchboard.knowledge.search.SearchHit;
import dev.switchboard.knowledge.search.SearchQuery;
import dev.switchboard.knowledge.search.SearchRequest;
import dev.switchboard.knowledge.search.SearchResults;
import dev.switchboard.knowledge.search.VisibleAudiences;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 50;
  static final int MAX_QUERY = 500;
  static final int MAX_TERMS = 16;

  private final SearchEngine engine;
  private final Caller caller;

  SearchResource(SearchEngine engine, Caller caller) {
    this.engine = engine;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "Search published articles",
      description =
          "Words match in any order with stemming for the article's language and accents folded;"
              + " misspelt words are corrected from the corpus vocabulary; \"quoted phrases\" must"
              + " appear as written, term* matches prefixes, -word excludes. Best first; snippets"
              + " highlight matches with <mark>. Customers only ever get public articles. total counts"
              + " the matches up to 1,000.")
  @APIResponse(
      responseCode = "200",
      description = "Hits, best first",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "hits",
                      value =
                          """
                          {"items": [{"articleId": "5b0c3d0e-8d7e-4c50-9a53-8f1f0f2d6c11",
                           "title": "Reset your password",
                           "snippet": "… open the <mark>password</mark> <mark>reset</mark> page …",
                           "score": 1.2345}], "page": 0, "size": 10, "total": 1}""")))
  @APIResponse(
      responseCode = "400",
      description = "Missing q, or a bad audience, a limit below 1 or a negative page")
  public Page<SearchHit> search(
      @QueryParam("q") String q,
      @QueryParam("audience") String audience,
      @QueryParam("category") String category,
      @Parameter(
              description =
                  "Hits per page, default "
                      + DEFAULT_LIMIT
                      + ", at most "
                      + MAX_LIMIT
                      + ": a larger limit is served as "
                      + MAX_LIMIT
                      + " (the answer's size says so); below 1 is a 400")
          @QueryParam("limit")
          Integer limit,
      @Parameter(description = "Alias of limit (limit wins when both are given)")
          @QueryParam("size")
          Integer size,
      @QueryParam("page") Integer page) {
    if (q == null || q.isBlank()) {
      throw ApiProblem.invalid("q", "must not be blank");
    }
    if (q.length() > MAX_QUERY) {
      throw ApiProblem.invalid("q", "must be at most " + MAX_QUERY + " characters");
    }
    int requested = limit != null ? limit : size != null ? size : DEFAULT_LIMIT;
    if (requested < 1) {
      throw ApiProblem.invalid("limit", "must be at least 1");
    }
    int pageSize = Math.min(requested, MAX_LIMIT);
    int pageNumber = page == null ? 0 : page;
    if (pageNumber < 0) {
      throw ApiProblem.invalid("page", "must be 0 or more");
    }
    SearchResults results =
        engine.search(
            new SearchRequest(
                SearchQuery.parse(q, false, MAX_TERMS),
                q,
                VisibleAudiences.of(caller.isCustomerOnly(), audience),
                category == null || category.isBlank() ? null : category.toLowerCase(Locale.ROOT),
                null,
                pageSize,
                pageNumber * pageSize));
    return new Page<>(results.hits(), pageNumber, pageSize, results.total());
  }
}

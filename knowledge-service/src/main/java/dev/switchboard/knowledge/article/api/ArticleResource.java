package dev.switchboard.knowledge.article.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.PageRequest;
import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.knowledge.article.ArticleService;
import dev.switchboard.knowledge.article.ArticleStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

  static final String ARTICLE_EXAMPLE =
      """
      {"title": "Reset your password", "body": "## Steps\\n1. Open https://password.example.org\\n2. ...",
       "category": "account", "tags": ["password", "login"], "audience": "public", "language": "en"}""";

  private final ArticleService articles;
  private final IdempotentRequests idempotent;
  private final Caller caller;

  ArticleResource(ArticleService articles, IdempotentRequests idempotent, Caller caller) {
    this.articles = articles;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Draft a new article (version 1, status draft)")
  @RequestBody(
      content =
          @Content(examples = @ExampleObject(name = "password reset", value = ARTICLE_EXAMPLE)))
  @APIResponse(responseCode = "201", description = "The draft, with its id")
  @APIResponse(responseCode = "400", description = "Missing title or body, or a bad field")
  public Response create(
      ArticleRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
    ArticleRequest body =
        request == null ? new ArticleRequest(null, null, null, null, null, null) : request;
    return idempotent.once(
        idempotencyKey,
        caller.name() + ":POST /api/v1/articles",
        body,
        () -> {
          ArticleView created = ArticleView.of(articles.create(body.toContent(), caller.name()));
          return Response.created(URI.create("/api/v1/articles/" + created.id()))
              .entity(created)
              .build();
        });
  }

  @GET
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "List articles",
      description =
          "Staff see the latest version of every article; customers only published public ones.")
  public Page<ArticleView> list(
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return articles
        .list(
            caller.isCustomerOnly(),
            status == null ? null : parseStatus(status),
            category == null ? null : category.toLowerCase(Locale.ROOT),
            PageRequest.of(page, size))
        .map(ArticleView::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATOR})
  @Operation(
      summary = "Read an article",
      description =
          "Staff get the latest version; a customer gets the live version of a public article"
              + " (404 for anything else). Counts as a view.")
  @APIResponse(responseCode = "200", description = "The article")
  @APIResponse(responseCode = "404", description = "No such article, or not visible to the caller")
  public ArticleView read(@PathParam("id") UUID id) {
    return ArticleView.of(articles.read(id, caller.isCustomerOnly()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/{id}")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Edit an article: adds a new draft version",
      description =
          "Fields left out keep their value. The published version stays live until the new"
              + " one is published.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "edit", value = ARTICLE_EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The article at its new version")
  @APIResponse(responseCode = "400", description = "A bad field")
  public ArticleView edit(@PathParam("id") UUID id, ArticleRequest request) {
    if (request == null) {
      throw ApiProblem.badRequest("a JSON body is required");
    }
    return ArticleView.of(articles.edit(id, request::toContent, caller.name()));
  }

  @POST
  @Path("/{id}/submit")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Ask for review of the latest draft (draft → in_review)")
  @APIResponse(responseCode = "200", description = "The article, in review")
  @APIResponse(responseCode = "409", description = "The latest version is not a draft")
  public ArticleView submit(@PathParam("id") UUID id) {
    return ArticleView.of(articles.submit(id));
  }

  @POST
  @Path("/{id}/publish")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Publish the latest version (from draft or in_review)",
      description = "It replaces the previously live version in search and self-service.")
  @APIResponse(responseCode = "200", description = "The article, published")
  @APIResponse(responseCode = "403", description = "Only supervisors and admins publish")
  @APIResponse(responseCode = "409", description = "Already published or retired")
  public ArticleView publish(@PathParam("id") UUID id) {
    return ArticleView.of(articles.publish(id, caller.name()));
  }

  @POST
  @Path("/{id}/retire")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Retire an article: it disappears from search, suggestions and customers")
  @APIResponse(responseCode = "200", description = "The article, retired")
  @APIResponse(responseCode = "409", description = "Already retired")
  public ArticleView retire(@PathParam("id") UUID id) {
    return ArticleView.of(articles.retire(id, caller.name()));
  }

  @GET
  @Path("/{id}/versions")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "The full history of an article, newest version first")
  public Page<VersionView> versions(
      @PathParam("id") UUID id,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return articles.versions(id, PageRequest.of(page, size)).map(VersionView::of);
  }

  @GET
  @Path("/{id}/versions/{version}")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "One version of an article")
  public VersionView version(@PathParam("id") UUID id, @PathParam("version") int version) {
    return VersionView.of(articles.version(id, version));
  }

  private static ArticleStatus parseStatus(String status) {
    for (ArticleStatus candidate : ArticleStatus.values()) {
      if (candidate.wireName().equals(status)) {
        return candidate;
      }
    }
    throw ApiProblem.invalid("status", "must be one of draft, in_review, published, retired");
  }
}

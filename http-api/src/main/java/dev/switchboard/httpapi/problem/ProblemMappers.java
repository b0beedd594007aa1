package dev.switchboard.httpapi.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.switchboard.httpapi.problem.Problem.FieldError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem+json responses. Bad input is always a 4xx
 * with the offending fields named; only genuine faults are 500, and they never leak internals.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final String TYPE_BASE = "https://switchboard.dev/problems/";

  @ServerExceptionMapper
  public Response apiProblem(ApiProblem problem, UriInfo uri) {
    return respond(
        problem.status(),
        problem.slug(),
        problem.title(),
        problem.getMessage(),
        problem.errors(),
        uri);
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return respond(
        400, "validation", "Invalid request", "the request has invalid fields", errors, uri);
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
      String field = path(invalid);
      String message =
          invalid.getTargetType().isEnum()
              ? "must be one of " + enumValues(invalid.getTargetType())
              : "must be a valid " + invalid.getTargetType().getSimpleName();
      return invalidField(field, message, field + ": " + message, uri);
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      String field = path(unknown);
      return invalidField(field, "is not a known field", "unknown field " + field, uri);
    }
    if (e instanceof JsonMappingException outOfRange
        && outOfRange.getCause() instanceof InputCoercionException
        && !outOfRange.getPath().isEmpty()) {
      // a number too large for its field's type (99999999999 for an int)
      String field = path(outOfRange);
      return invalidField(field, "is out of range", field + " is out of range", uri);
    }
    if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
      String field = path(mismatched);
      return invalidField(field, "has the wrong type", field + " has the wrong type", uri);
    }
    return respond(
        400, "malformed-json", "Malformed JSON", "the request body is not valid JSON", null, uri);
  }

  /** A 400 validation problem naming the one field the body got wrong. */
  private static Response invalidField(String field, String message, String detail, UriInfo uri) {
    return respond(
        400, "validation", "Invalid request", detail, List.of(new FieldError(field, message)), uri);
  }

  /**
   * Quarkus REST has a built-in mapper for this subtype (a plain JSON 400); naming it here makes
   * wrong-typed and unknown fields problem+json like the rest.
   */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return unreadableJson(e, uri);
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    return unauthorized(uri);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
    return unauthorized(uri);
  }

  private static Response unauthorized(UriInfo uri) {
    return Response.status(401)
        .header("WWW-Authenticate", "Bearer")
        .type(Problem.MEDIA_TYPE)
        .entity(unauthorized(uri == null ? null : uri.getPath()))
        .build();
  }

  /** The 401 body, here and where the HTTP layer answers before REST ({@link ProblemChallenge}). */
  static Problem unauthorized(String path) {
    return new Problem(
        TYPE_BASE + "unauthorized",
        "Unauthorized",
        401,
        "a valid bearer token is required",
        path,
        null);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(403, "forbidden", "Forbidden", "your role may not do this", null, uri);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      LOG.error("request failed", e);
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    Throwable cause = e.getCause();
    if (cause instanceof JsonProcessingException json) {
      return unreadableJson(json, uri);
    }
    String slug = title.toLowerCase(Locale.ROOT).replace(' ', '-');
    return respond(
        status, slug, title, status >= 500 ? "unexpected error" : e.getMessage(), null, uri);
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Exception e, UriInfo uri) {
    LOG.error("unexpected failure", e);
    return respond(
        500, "internal", "Internal error", "unexpected error; nothing was changed", null, uri);
  }

  public static Response respond(
      int status, String slug, String title, String detail, List<FieldError> errors, UriInfo uri) {
    Problem body = problem(status, slug, title, detail, errors, uri == null ? null : uri.getPath());
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
  }

  /** The body of {@link ApiProblem}, for answers given outside JAX-RS (the HTTP layer's limits). */
  public static Problem problem(ApiProblem problem, String path) {
    return problem(
        problem.status(),
        problem.slug(),
        problem.title(),
        problem.getMessage(),
        problem.errors(),
        path);
  }

  private static Problem problem(
      int status, String slug, String title, String detail, List<FieldError> errors, String path) {
    return new Problem(
        TYPE_BASE + slug,
        title,
        status,
        detail,
        path,
        errors == null || errors.isEmpty() ? null : errors);
  }

  private static String fieldName(ConstraintViolation<?> violation) {
    String last = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        last = last == null ? node.getName() : last + "." + node.getName();
      }
    }
    return last == null ? "body" : last;
  }

  private static String path(JsonMappingException e) {
    String joined =
        e.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."));
    return joined.isEmpty() ? "body" : joined.replace(".[", "[");
  }

  private static String enumValues(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(c -> c.toString())
        .collect(Collectors.joining(", "));
  }
}

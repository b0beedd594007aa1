package dev.switchboard.httpapi.problem;

import dev.switchboard.httpapi.problem.Problem.FieldError;
import java.util.List;

/**
 * Thrown by domain and application code to answer with a problem response. Named factories keep the
 * status codes of the contract in one place.
 */
public class ApiProblem extends RuntimeException {

  private final int status;
  private final String title;
  private final String slug;
  private final List<FieldError> errors;

  public ApiProblem(int status, String slug, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "not-found", "Not found", detail, null);
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(400, "bad-request", "Bad request", detail, null);
  }

  public static ApiProblem invalid(String field, String message) {
    return new ApiProblem(
        400,
        "validation",
        "Invalid request",
        field + ": " + message,
        List.of(new FieldError(field, message)));
  }

  public static ApiProblem invalid(List<FieldError> errors) {
    return new ApiProblem(
        400, "validation", "Invalid request", "the request has invalid fields", errors);
  }

  public static ApiProblem conflict(String detail) {
    return new ApiProblem(409, "conflict", "Conflict", detail, null);
  }

  public static ApiProblem illegalTransition(String from, String to) {
    return new ApiProblem(
        409,
        "illegal-transition",
        "Illegal status transition",
        "a ticket cannot go from " + from + " to " + to,
        null);
  }

  public static ApiProblem unprocessable(String slug, String detail) {
    return new ApiProblem(422, slug, "Unprocessable request", detail, null);
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "forbidden", "Forbidden", detail, null);
  }

  public static ApiProblem tooLarge(String detail) {
    return new ApiProblem(413, "too-large", "Request body too large", detail, null);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String slug() {
    return slug;
  }

  public List<FieldError> errors() {
    return errors;
  }
}

package dev.switchboard.httpapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.problem.Problem;
import dev.switchboard.httpapi.problem.ProblemMappers;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP layer's own body limit ({@code quarkus.http.limits.max-body-size}, 25 MiB for raw
 * e-mail) answers in problem+json like every other error. Quarkus refuses a declared Content-Length
 * above it with an empty 413, and cuts a body without one (chunked) at the limit with another. This
 * class refuses the first itself, before Quarkus's route. For the second it moves Quarkus's cut-off
 * {@link #BACKSTOP_SLACK} beyond the limit, so that {@link JsonBodyLimit}, which counts every
 * entity as it is read, refuses it first, in problem+json; the cut-off stays as a backstop for
 * anything read outside JAX-RS.
 */
@Singleton
public class HttpBodyLimit {

  static final long BACKSTOP_SLACK = 1 << 20;

  private final long maxBodyBytes;
  private final byte[] tooLarge;

  HttpBodyLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
          MemorySize maxBody,
      ObjectMapper json)
      throws JsonProcessingException {
    this.maxBodyBytes = maxBody.asLongValue();
    Problem problem =
        ProblemMappers.problem(
            ApiProblem.tooLarge("request bodies are limited to " + maxBodyBytes + " bytes"), null);
    this.tooLarge = json.writeValueAsBytes(problem);
  }

  long maxBodyBytes() {
    return maxBodyBytes;
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
        .handler(this::refuseDeclaredOversize);
    router
        .route()
        .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
        .handler(this::leaveUndeclaredToTheReader);
  }

  private void refuseDeclaredOversize(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && declaredOversize(length)) {
      HttpServerResponse response = context.response();
      response
          .setStatusCode(413)
          .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
          .putHeader(HttpHeaders.CONNECTION, "close")
          .endHandler(done -> context.request().connection().close())
          .end(io.vertx.core.buffer.Buffer.buffer(tooLarge));
      return;
    }
    context.next();
  }

  private boolean declaredOversize(String length) {
    try {
      return Long.parseLong(length.trim()) > maxBodyBytes;
    } catch (NumberFormatException e) {
      return false; // Quarkus's route and Vert.x deal with a malformed header
    }
  }

  private void leaveUndeclaredToTheReader(RoutingContext context) {
    if (context.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY) != null) {
      context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, maxBodyBytes + BACKSTOP_SLACK);
    }
    context.next();
  }
}

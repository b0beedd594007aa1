package dev.switchboard.httpapi;

import dev.switchboard.httpapi.problem.ApiProblem;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON bodies are capped lower than the HTTP layer's limit (which must admit 25 MiB raw e-mail): a
 * JSON request above {@code switchboard.http.max-json-body} gets 413 before it is read.
 */
@Singleton
@Unremovable
public class JsonBodyLimit {

  private final long maxJsonBytes;

  JsonBodyLimit(
      @ConfigProperty(name = "switchboard.http.max-json-body", defaultValue = "1M")
          io.quarkus.runtime.configuration.MemorySize maxJsonBody) {
    this.maxJsonBytes = maxJsonBody.asLongValue();
  }

  @ServerRequestFilter
  public void rejectOversizedJson(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null || !type.getSubtype().endsWith("json")) {
      return;
    }
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length != null && !length.isBlank() && Long.parseLong(length.trim()) > maxJsonBytes) {
      throw ApiProblem.tooLarge("JSON bodies are limited to " + maxJsonBytes + " bytes");
    }
  }
}

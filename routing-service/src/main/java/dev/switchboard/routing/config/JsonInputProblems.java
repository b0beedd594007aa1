package dev.switchboard.routing.config;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.switchboard.httpapi.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus REST ships its own mapper for {@link MismatchedInputException} (an unknown enum value, a
 * wrong type), which is closer to the exception than the shared {@code JsonProcessingException}
 * mapper and answers plain JSON. This hands those errors back to the shared problem+json mapping.
 */
public class JsonInputProblems {

  private final ProblemMappers problems = new ProblemMappers();

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return problems.unreadableJson(e, uri);
  }
}

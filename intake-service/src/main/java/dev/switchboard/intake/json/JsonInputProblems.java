package dev.switchboard.intake.json;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.switchboard.httpapi.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus REST ships its own mapper for {@link MismatchedInputException} (wrong enum value, wrong
 * type), which is closer to the exception than the shared JSON mapper and answers plain JSON. This
 * one takes that case back so it is a problem+json naming the field like every other bad input.
 */
public class JsonInputProblems {

  private final ProblemMappers problems = new ProblemMappers();

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return problems.unreadableJson(e, uri);
  }
}

package dev.switchboard.httpapi.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The 401 challenge as problem+json. A request without a token that an HTTP permission (such as
 * {@code /api/*} authenticated) turns away never reaches the REST layer, so {@link ProblemMappers}
 * cannot answer it; Quarkus asks the authentication mechanisms for a challenge instead. This
 * mechanism authenticates nobody (the OIDC mechanism does) and, being asked first, answers the
 * challenge with {@code WWW-Authenticate: Bearer} and the same problem body as the mappers.
 */
@ApplicationScoped
public class ProblemChallenge implements HttpAuthenticationMechanism {

  private static final String BEARER = "Bearer";

  private final ObjectMapper json;

  ProblemChallenge(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    return Uni.createFrom().nullItem();
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", BEARER));
  }

  @Override
  public Uni<Boolean> sendChallenge(RoutingContext context) {
    HttpServerResponse response = context.response();
    if (!response.ended()) {
      response
          .setStatusCode(401)
          .putHeader("WWW-Authenticate", BEARER)
          .putHeader("Content-Type", Problem.MEDIA_TYPE)
          .end(body(context.normalizedPath()));
    }
    return Uni.createFrom().item(true);
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of();
  }

  /** Before the OIDC mechanism, so that its body-less challenge is never the one sent. */
  @Override
  public int getPriority() {
    return DEFAULT_PRIORITY + 100;
  }

  private String body(String path) {
    try {
      return json.writeValueAsString(ProblemMappers.unauthorized(path));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the 401 problem", e);
    }
  }
}

package dev.switchboard.httpapi.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves a bearer token verified before from {@link VerifiedTokens} instead of verifying it again.
 * Asked before the OIDC provider (a higher priority); answering nothing hands the request on to it.
 * The identity it built is remembered by {@link Keeper}, the first augmentor to see it.
 */
@ApplicationScoped
public class VerifiedTokenIdentities implements IdentityProvider<TokenAuthenticationRequest> {

  /** Where OIDC keeps the token's {@code exp} (epoch seconds) on the identity it builds. */
  static final String EXPIRE_TIME = "quarkus.identity.expire-time";

  private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
  private static final String BEARER = "bearer";

  private final VerifiedTokens tokens;

  VerifiedTokenIdentities(VerifiedTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /** Above every provider's default ({@link IdentityProvider#priority()}), so asked first. */
  @Override
  public int priority() {
    return Integer.MAX_VALUE;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    TokenCredential credential = request.getToken();
    if (!BEARER.equals(credential.getType())) {
      return Uni.createFrom().nullItem();
    }
    return tokens
        .find(credential.getToken())
        .map(kept -> Uni.createFrom().item(forThisRequest(kept, request)))
        .orElseGet(() -> Uni.createFrom().nullItem());
  }

  /** The kept identity with this request's routing context, as OIDC would have set it. */
  private static SecurityIdentity forThisRequest(
      SecurityIdentity kept, TokenAuthenticationRequest request) {
    return QuarkusSecurityIdentity.builder(kept)
        .addAttribute(ROUTING_CONTEXT, HttpSecurityUtils.getRoutingContextAttribute(request))
        .build();
  }

  /**
   * Remembers each identity built from a bearer token as the provider built it (before other
   * augmentors add to it) and without the request it came with.
   */
  @ApplicationScoped
  public static class Keeper implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    Keeper(VerifiedTokens tokens) {
      this.tokens = tokens;
    }

    @Override
    public int priority() {
      return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(
        SecurityIdentity identity, AuthenticationRequestContext context) {
      TokenCredential credential = identity.getCredential(TokenCredential.class);
      if (tokens.enabled()
          && credential != null
          && BEARER.equals(credential.getType())
          && identity.getAttribute(EXPIRE_TIME) instanceof Long expiresAt) {
        tokens.remember(
            credential.getToken(),
            () ->
                QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(ROUTING_CONTEXT, null)
                    .build(),
            Instant.ofEpochSecond(expiresAt));
      }
      return Uni.createFrom().item(identity);
    }
  }

  /** The process-wide store, sized by {@code switchboard.security.verified-tokens.*}. */
  @Dependent
  static class Store {

    @Produces
    @Singleton
    VerifiedTokens verifiedTokens(
        @ConfigProperty(name = "switchboard.security.verified-tokens.max-age", defaultValue = "60s")
            Duration maxAge,
        @ConfigProperty(
                name = "switchboard.security.verified-tokens.max-entries",
                defaultValue = "10000")
            int maxEntries) {
      return new VerifiedTokens(Clock.systemUTC(), maxAge, maxEntries);
    }
  }
}

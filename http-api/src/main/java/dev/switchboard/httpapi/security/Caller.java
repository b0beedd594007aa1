package dev.switchboard.httpapi.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: name, subject, e-mail and roles read from the bearer token. */
@RequestScoped
public class Caller {

  private final SecurityIdentity identity;

  Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The user name (Keycloak {@code preferred_username}), or the client id of a service account. */
  public String name() {
    Optional<JsonWebToken> token = token();
    if (token.isPresent()) {
      String preferred = token.get().getClaim("preferred_username");
      if (preferred != null) {
        return preferred;
      }
    }
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  /** The OIDC subject, stable across renames. */
  public String subject() {
    return token().map(JsonWebToken::getSubject).orElse(name());
  }

  public Optional<String> email() {
    return token()
        .map(t -> (String) t.getClaim("email"))
        .filter(e -> !e.isBlank())
        .map(e -> e.toLowerCase(Locale.ROOT));
  }

  public Optional<String> displayName() {
    return token().map(t -> (String) t.getClaim("name")).filter(n -> !n.isBlank());
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  /** Staff may act on any customer's records; a customer only on their own. */
  public boolean isStaff() {
    return hasRole(Roles.AGENT)
        || hasRole(Roles.SUPERVISOR)
        || hasRole(Roles.ADMIN)
        || hasRole(Roles.INTEGRATOR);
  }

  public boolean isCustomerOnly() {
    return !isStaff();
  }

  private Optional<JsonWebToken> token() {
    Principal principal = identity.getPrincipal();
    return principal instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
  }
}

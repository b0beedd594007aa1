package dev.switchboard.localinfra;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.Set;

/**
 * Signed bearer tokens from the OIDC test server for the demo identities of API.md, so tests call
 * the API exactly as front ends do (no security bypass).
 */
public final class TestTokens {

  private TestTokens() {}

  public static String customer(String user) {
    return token(user, user + "@example.org", "customer");
  }

  public static String agent(String user) {
    return token(user, user + "@desk.example.org", "agent");
  }

  public static String supervisor(String user) {
    return token(user, user + "@desk.example.org", "supervisor");
  }

  public static String admin() {
    return token("admin", "admin@desk.example.org", "admin");
  }

  public static String integrator() {
    return token("service-account-switchboard-gateway", "", "integrator");
  }

  /** A token for any user, e-mail and roles; the subject is {@code sub-<user>}. */
  public static String token(String user, String email, String... roles) {
    return OidcWiremockTestResource.generateJwtToken(
        user,
        Set.of(roles),
        "sub-" + user,
        "Bearer",
        Set.of("https://service.example.com"),
        email.isEmpty() ? Map.of("name", user) : Map.of("email", email, "name", user));
  }
}

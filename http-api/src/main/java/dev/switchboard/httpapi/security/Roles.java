package dev.switchboard.httpapi.security;

/** The roles of the suite, as the identity provider issues them. */
public final class Roles {
  public static final String CUSTOMER = "customer";
  public static final String AGENT = "agent";
  public static final String SUPERVISOR = "supervisor";
  public static final String ADMIN = "admin";
  public static final String INTEGRATOR = "integrator";

  private Roles() {}
}

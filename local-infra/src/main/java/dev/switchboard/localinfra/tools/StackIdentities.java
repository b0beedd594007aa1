package dev.switchboard.localinfra.tools;

import java.net.URI;

/** Who calls the stack: the mail gateway and the demo users, each with its own client. */
public interface StackIdentities {

  StackClient gateway();

  StackClient customer(String user);

  StackClient agent(String user);

  StackClient supervisor(String user);

  /** The local Keycloak: a demo user's role comes with its account, not with the call. */
  static StackIdentities keycloak(URI tokenUrl) {
    return new StackIdentities() {
      @Override
      public StackClient gateway() {
        return StackClient.gateway(tokenUrl);
      }

      @Override
      public StackClient customer(String user) {
        return StackClient.user(tokenUrl, user);
      }

      @Override
      public StackClient agent(String user) {
        return StackClient.user(tokenUrl, user);
      }

      @Override
      public StackClient supervisor(String user) {
        return StackClient.user(tokenUrl, user);
      }
    };
  }
}

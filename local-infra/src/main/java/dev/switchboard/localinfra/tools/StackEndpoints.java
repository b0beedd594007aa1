package dev.switchboard.localinfra.tools;

import java.net.URI;

/**
 * Where the four services and the Kafka broker listen.
 *
 * @param kafkaBootstrap the broker integrators subscribe to; null when unreachable from here
 */
public record StackEndpoints(
    URI intake, URI routing, URI knowledge, URI metrics, String kafkaBootstrap) {

  /** The ports of API.md on this machine. */
  public static StackEndpoints local(
      int intake, int routing, int knowledge, int metrics, int kafka) {
    return new StackEndpoints(
        local(intake), local(routing), local(knowledge), local(metrics), "localhost:" + kafka);
  }

  private static URI local(int port) {
    return URI.create("http://localhost:" + port);
  }
}

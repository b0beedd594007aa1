package dev.switchboard.routing;

import dev.switchboard.localinfra.TestInfraResource;
import dev.switchboard.routing.support.IntakeStubResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Real PostgreSQL, real Kafka, the OIDC test server and a stubbed intake for every test here. */
@QuarkusTestResource(
    value = TestInfraResource.class,
    parallel = true,
    initArgs = @ResourceArg(name = "database", value = "routing"))
@QuarkusTestResource(value = OidcWiremockTestResource.class, parallel = true)
@QuarkusTestResource(value = IntakeStubResource.class, parallel = true)
public final class RoutingTestResources {
  private RoutingTestResources() {}
}

package dev.switchboard.metrics;

import dev.switchboard.localinfra.TestInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Real PostgreSQL, real Kafka and the OIDC test server for every {@code @QuarkusTest} here. */
@QuarkusTestResource(
    value = TestInfraResource.class,
    parallel = true,
    initArgs = @ResourceArg(name = "database", value = "metrics"))
@QuarkusTestResource(value = OidcWiremockTestResource.class, parallel = true)
public final class MetricsTestResources {
  private MetricsTestResources() {}
}

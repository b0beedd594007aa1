package dev.switchboard.routing.customer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The only way into intake's customer-context API. Slow or absent answers never hold up an
 * assignment: a short timeout, one retry, a circuit breaker, and "no signals known" as fallback
 * (the ticket event's own signals still count).
 */
@ApplicationScoped
public class CustomerContextGateway {

  private static final Logger LOG = Logger.getLogger(CustomerContextGateway.class);

  private final IntakeCustomerClient intake;

  CustomerContextGateway(@RestClient IntakeCustomerClient intake) {
    this.intake = intake;
  }

  @Timeout(value = 500, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 1, delay = 50, delayUnit = ChronoUnit.MILLIS)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000)
  @Fallback(fallbackMethod = "unknown")
  public Optional<CustomerSignals> signals(UUID customerId) {
    IntakeCustomerClient.Signals signals = intake.signals(customerId);
    if (signals == null) {
      return Optional.empty();
    }
    return Optional.of(
        new CustomerSignals(
            signals.contactsLast7Days(), signals.openMajorIncident(), signals.negativeSentiment()));
  }

  Optional<CustomerSignals> unknown(UUID customerId) {
    LOG.debugf("customer context of %s unavailable; routing on the event's signals", customerId);
    return Optional.empty();
  }
}

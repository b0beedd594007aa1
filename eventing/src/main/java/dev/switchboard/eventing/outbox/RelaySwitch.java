package dev.switchboard.eventing.outbox;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Lets a deployment (or a test) run a replica that accepts work but leaves relaying to others. */
@Singleton
public class RelaySwitch implements Scheduled.SkipPredicate {

  private final boolean enabled;

  RelaySwitch(
      @ConfigProperty(name = "switchboard.outbox.relay-enabled", defaultValue = "true")
          boolean enabled) {
    this.enabled = enabled;
  }

  public boolean enabled() {
    return enabled;
  }

  @Override
  public boolean test(ScheduledExecution execution) {
    return !enabled;
  }
}

package dev.switchboard.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The desk's intake settings ({@code switchboard.intake.*}); see docs/intake.md. */
@ConfigMapping(prefix = "switchboard.intake")
public interface IntakeConfig {

  Priority priority();

  Lifecycle lifecycle();

  Signals signals();

  /**
   * Digits of the country code for phone numbers written without one, e.g. {@code 1}, {@code 49}.
   */
  @WithDefault("1")
  String phoneDefaultCountryCode();

  /** Impact × urgency → priority and the defaults for contacts that do not say. */
  interface Priority {
    /** Rows impact high, medium, low; columns urgency high, medium, low. */
    @WithDefault("p1,p2,p3;p2,p3,p4;p3,p4,p5")
    String matrix();

    @WithDefault("medium")
    String defaultImpact();

    @WithDefault("medium")
    String defaultUrgency();
  }

  /** Reopen window and auto-close. */
  interface Lifecycle {
    /** A real follow-up within this time after resolution reopens the ticket. */
    @WithDefault("P7D")
    Duration reopenWindow();

    /** A resolved ticket without customer activity for this long is closed. */
    @WithDefault("P3D")
    Duration autoCloseAfter();

    /** How often the auto-close job looks for quiet tickets. */
    @WithDefault("5m")
    String autoCloseEvery();
  }

  /** Moments of truth. */
  interface Signals {
    /** This many contacts by one customer within {@link #repeatedWindow()} flag the ticket. */
    @WithDefault("3")
    int repeatedContacts();

    @WithDefault("PT24H")
    Duration repeatedWindow();
  }
}

package dev.switchboard.metrics.survey;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code switchboard.surveys.*} in application.properties. */
@ConfigMapping(prefix = "switchboard.surveys")
public interface SurveySettings {

  @WithDefault("1.0")
  double samplingRate();

  @WithDefault("PT0S")
  Duration delay();

  @WithDefault("P14D")
  Duration customerQuietPeriod();

  @WithDefault("P30D")
  Duration expiresAfter();

  @WithDefault("2")
  int lowRatingThreshold();

  /** The public address the token is appended to, e.g. {@code https://desk.example.org/survey}. */
  String linkBaseUrl();

  /** How often links whose delay has passed are sent, a scheduler interval like {@code 10s}. */
  String dispatchInterval();

  default SurveyPolicy policy() {
    return new SurveyPolicy(
        samplingRate(), delay(), customerQuietPeriod(), expiresAfter(), lowRatingThreshold());
  }
}

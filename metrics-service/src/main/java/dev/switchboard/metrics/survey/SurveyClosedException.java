package dev.switchboard.metrics.survey;

/** The survey was answered already, or its link expired: the token is spent. */
public class SurveyClosedException extends RuntimeException {
  public SurveyClosedException(String message) {
    super(message);
  }
}

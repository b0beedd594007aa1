package dev.switchboard.metrics.automation;

/**
 * A service request kind is worth automating when it is frequent and nearly always resolved the
 * same way.
 *
 * @param minRequests resolved requests with the same resolution within the window
 * @param minShare their share of all resolved requests of that catalog item / category, 0..1
 */
public record AutomationPolicy(int minRequests, double minShare) {

  public boolean isCandidate(long sameResolution, long allResolved) {
    return sameResolution >= minRequests
        && allResolved > 0
        && (double) sameResolution / allResolved >= minShare;
  }
}

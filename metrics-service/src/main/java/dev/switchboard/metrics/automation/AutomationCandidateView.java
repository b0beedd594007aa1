package dev.switchboard.metrics.automation;

import java.time.Instant;
import java.util.UUID;

/**
 * Frequent service requests of one catalog item / category resolved the same way.
 *
 * @param requests resolved requests with this resolution code in the detection window
 * @param share their share of all resolved requests of the item / category in that window
 */
public record AutomationCandidateView(
    UUID id,
    String catalogItem,
    String category,
    String resolutionCode,
    int requests,
    double share,
    Instant detectedAt,
    Instant updatedAt) {}

package dev.switchboard.metrics.problem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A problem candidate as listed: the recurring incidents behind it and whether they rise. */
public record ProblemCandidateView(
    UUID id,
    String category,
    String configurationItem,
    String summary,
    Trend trend,
    int memberCount,
    List<Member> members,
    Instant firstSeen,
    Instant lastSeen,
    Instant detectedAt) {

  /** One incident of the candidate. */
  public record Member(UUID ticketId, String number, String subject, Instant createdAt) {}

  ProblemCandidateView withMembers(List<Member> memberList) {
    return new ProblemCandidateView(
        id,
        category,
        configurationItem,
        summary,
        trend,
        memberList.size(),
        memberList,
        firstSeen,
        lastSeen,
        detectedAt);
  }
}

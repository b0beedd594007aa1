package dev.switchboard.knowledge.feedback.api;

import dev.switchboard.knowledge.feedback.Feedback;
import java.time.Instant;
import java.util.UUID;

/** A recorded feedback answer. */
public record FeedbackView(
    UUID id,
    UUID articleId,
    int version,
    boolean helpful,
    UUID ticketId,
    String comment,
    Instant createdAt) {

  static FeedbackView of(Feedback f) {
    return new FeedbackView(
        f.id(), f.articleId(), f.version(), f.helpful(), f.ticketId(), f.comment(), f.createdAt());
  }
}

package dev.switchboard.knowledge.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One "was this helpful?" answer about the version of an article that was live. */
@Entity
@Table(name = "kb_feedback")
public class Feedback {

  @Id private UUID id;

  @Column(name = "article_id")
  private UUID articleId;

  private int version;
  private boolean helpful;

  @Column(name = "ticket_id")
  private UUID ticketId;

  private String comment;
  private String actor;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Feedback() {}

  public Feedback(
      UUID articleId,
      int version,
      boolean helpful,
      UUID ticketId,
      String comment,
      String actor,
      Instant now) {
    this.id = UUID.randomUUID();
    this.articleId = articleId;
    this.version = version;
    this.helpful = helpful;
    this.ticketId = ticketId;
    this.comment = comment;
    this.actor = actor;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID articleId() {
    return articleId;
  }

  public int version() {
    return version;
  }

  public boolean helpful() {
    return helpful;
  }

  public UUID ticketId() {
    return ticketId;
  }

  public String comment() {
    return comment;
  }

  public Instant createdAt() {
    return createdAt;
  }
}

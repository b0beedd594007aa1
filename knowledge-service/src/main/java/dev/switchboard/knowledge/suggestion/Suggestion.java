package dev.switchboard.knowledge.suggestion;

import dev.switchboard.httpapi.problem.ApiProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Articles shown to someone for a text, and the one they took, if any: shown and accepted counts
 * are what self-service deflection is measured by.
 */
@Entity
@Table(name = "kb_suggestion")
public class Suggestion {

  @Id private UUID id;

  @Column(name = "query_text")
  private String queryText;

  private String category;

  @Column(name = "ticket_id")
  private UUID ticketId;

  private String actor;

  @JdbcTypeCode(SqlTypes.ARRAY)
  private UUID[] shown;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "accepted_article_id")
  private UUID acceptedArticleId;

  @Column(name = "accepted_ticket_id")
  private UUID acceptedTicketId;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  protected Suggestion() {}

  public static Suggestion shown(
      String text, String category, UUID ticketId, String actor, List<UUID> shown, Instant now) {
    Suggestion suggestion = new Suggestion();
    suggestion.id = UUID.randomUUID();
    suggestion.queryText = text;
    suggestion.category = category;
    suggestion.ticketId = ticketId;
    suggestion.actor = actor;
    suggestion.shown = shown.toArray(UUID[]::new);
    suggestion.createdAt = now;
    return suggestion;
  }

  /**
   * Records that {@code articleId} was taken. Accepting the same article again changes nothing
   * (returns false); another article, or one never shown, is refused.
   */
  public boolean accept(UUID articleId, UUID ticket, Instant now) {
    if (!Arrays.asList(shown).contains(articleId)) {
      throw ApiProblem.invalid("articleId", "was not among the articles suggested");
    }
    if (acceptedArticleId != null) {
      if (acceptedArticleId.equals(articleId)) {
        return false;
      }
      throw ApiProblem.conflict("this suggestion was already accepted with another article");
    }
    acceptedArticleId = articleId;
    acceptedTicketId = ticket != null ? ticket : ticketId;
    acceptedAt = now;
    return true;
  }

  public UUID id() {
    return id;
  }

  public String actor() {
    return actor;
  }

  public UUID acceptedArticleId() {
    return acceptedArticleId;
  }

  public UUID acceptedTicketId() {
    return acceptedTicketId;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }
}

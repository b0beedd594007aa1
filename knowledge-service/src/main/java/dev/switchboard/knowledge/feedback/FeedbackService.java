package dev.switchboard.knowledge.feedback;

import dev.switchboard.contracts.EventType;
import dev.switchboard.knowledge.article.ArticleService;
import dev.switchboard.knowledge.article.ArticleVersion;
import dev.switchboard.knowledge.article.KnowledgeEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Helpful / not helpful answers on live articles, announced as ARTICLE_FEEDBACK. */
@ApplicationScoped
public class FeedbackService {

  private final ArticleService articles;
  private final KnowledgeEvents events;
  private final EntityManager em;
  private final Clock clock;

  FeedbackService(ArticleService articles, KnowledgeEvents events, EntityManager em, Clock clock) {
    this.articles = articles;
    this.events = events;
    this.em = em;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Feedback give(
      UUID articleId,
      boolean helpful,
      UUID ticketId,
      String comment,
      String actor,
      boolean customer) {
    ArticleVersion live = articles.liveVersionFor(articleId, customer);
    Instant now = clock.instant();
    Feedback feedback =
        new Feedback(articleId, live.version(), helpful, ticketId, comment, actor, now);
    em.persist(feedback);
    events.emit(EventType.ARTICLE_FEEDBACK, live, ticketId, helpful, actor, now);
    return feedback;
  }
}

package dev.switchboard.knowledge.suggestion;

import dev.switchboard.contracts.EventType;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.knowledge.article.Article;
import dev.switchboard.knowledge.article.ArticleRepository;
import dev.switchboard.knowledge.article.KnowledgeEvents;
import dev.switchboard.knowledge.search.SearchEngine;
import dev.switchboard.knowledge.search.SearchHit;
import dev.switchboard.knowledge.search.SearchRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Ranks articles for a text and records what was shown and what was taken. */
@ApplicationScoped
public class SuggestionService {

  private final SearchEngine engine;
  private final ArticleRepository articles;
  private final KnowledgeEvents events;
  private final EntityManager em;
  private final Clock clock;

  SuggestionService(
      SearchEngine engine,
      ArticleRepository articles,
      KnowledgeEvents events,
      EntityManager em,
      Clock clock) {
    this.engine = engine;
    this.articles = articles;
    this.events = events;
    this.em = em;
    this.clock = clock;
  }

  /** The suggestions shown, with the id under which an acceptance is recorded. */
  public record Shown(UUID id, List<SearchHit> items) {}

  @Transactional
  public Shown suggest(SearchRequest request, UUID ticketId, String actor) {
    List<SearchHit> hits = engine.rank(request);
    Suggestion suggestion =
        Suggestion.shown(
            request.text(),
            request.preferredCategory(),
            ticketId,
            actor,
            hits.stream().map(SearchHit::articleId).toList(),
            clock.instant());
    em.persist(suggestion);
    return new Shown(suggestion.id(), hits);
  }

  /**
   * Records the article taken from a suggestion and announces it once (SUGGESTION_ACCEPTED). A
   * customer may only accept suggestions made to them (404 otherwise).
   */
  @Transactional
  public Suggestion accept(
      UUID suggestionId, UUID articleId, UUID ticketId, String actor, boolean customer) {
    Suggestion suggestion = em.find(Suggestion.class, suggestionId);
    if (suggestion == null || customer && !suggestion.actor().equals(actor)) {
      throw ApiProblem.notFound("no suggestion " + suggestionId);
    }
    Instant now = clock.instant();
    if (suggestion.accept(articleId, ticketId, now)) {
      Article article = articles.get(articleId);
      int version = article.isLive() ? article.publishedVersion() : article.latestVersion();
      events.emit(
          EventType.SUGGESTION_ACCEPTED,
          articles.version(articleId, version),
          suggestion.acceptedTicketId(),
          null,
          actor,
          now);
    }
    return suggestion;
  }
}

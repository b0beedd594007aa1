package dev.switchboard.knowledge.article;

import dev.switchboard.contracts.EventType;
import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.PageRequest;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.knowledge.search.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Drafting, review, publishing and retiring of articles, each change in one transaction. */
@ApplicationScoped
public class ArticleService {

  private final ArticleRepository articles;
  private final SearchIndex searchIndex;
  private final KnowledgeEvents events;
  private final EntityManager em;
  private final Clock clock;

  ArticleService(
      ArticleRepository articles,
      SearchIndex searchIndex,
      KnowledgeEvents events,
      EntityManager em,
      Clock clock) {
    this.articles = articles;
    this.searchIndex = searchIndex;
    this.events = events;
    this.em = em;
    this.clock = clock;
  }

  @Transactional
  public ArticleState create(ArticleContent content, String author) {
    Instant now = clock.instant();
    Article article = Article.draft(author, now);
    articles.add(article);
    ArticleVersion first = ArticleVersion.of(article.id(), 1, content, author, now);
    articles.add(first);
    return new ArticleState(article, first);
  }

  /** Every edit is a new version built on the latest one; the live version stays live. */
  @Transactional
  public ArticleState edit(UUID id, UnaryOperator<ArticleContent> change, String author) {
    Instant now = clock.instant();
    Article article = articles.getForUpdate(id);
    ArticleVersion latest = articles.version(id, article.latestVersion());
    ArticleContent content = change.apply(latest.content());
    if (latest.status() != ArticleStatus.PUBLISHED) {
      latest.supersede();
    }
    ArticleVersion next = ArticleVersion.of(id, article.addVersion(now), content, author, now);
    articles.add(next);
    return new ArticleState(article, next);
  }

  @Transactional
  public ArticleState submit(UUID id) {
    Instant now = clock.instant();
    Article article = articles.getForUpdate(id);
    article.submitForReview(now);
    ArticleVersion latest = articles.version(id, article.latestVersion());
    latest.submitted(now);
    return new ArticleState(article, latest);
  }

  @Transactional
  public ArticleState publish(UUID id, String publisher) {
    Instant now = clock.instant();
    Article article = articles.getForUpdate(id);
    Integer replaced = article.publishLatest(now);
    if (replaced != null) {
      articles.version(id, replaced).supersede();
    }
    ArticleVersion live = articles.version(id, article.latestVersion());
    live.published(publisher, now);
    em.flush();
    searchIndex.put(live);
    events.emit(EventType.ARTICLE_PUBLISHED, live, null, null, publisher, now);
    return new ArticleState(article, live);
  }

  @Transactional
  public ArticleState retire(UUID id, String actor) {
    Instant now = clock.instant();
    Article article = articles.getForUpdate(id);
    Integer wasLive = article.retire(now);
    ArticleVersion shown =
        articles.version(id, wasLive != null ? wasLive : article.latestVersion());
    shown.retired();
    em.flush();
    searchIndex.remove(id);
    events.emit(EventType.ARTICLE_RETIRED, shown, null, null, actor, now);
    return new ArticleState(article, shown);
  }

  /**
   * One article as the caller may see it, counted as a view: staff read the latest version, a
   * customer only the live public one (anything else is 404, as if it did not exist).
   */
  @Transactional
  public ArticleState read(UUID id, boolean customer) {
    Article article = articles.get(id);
    ArticleState state;
    if (customer) {
      ArticleVersion live = liveVersion(article);
      if (live == null || live.audience() != Audience.PUBLIC) {
        throw ArticleRepository.notFound(id);
      }
      state = new ArticleState(article, live);
    } else {
      state = new ArticleState(article, articles.version(id, article.latestVersion()));
    }
    article.viewed();
    return state;
  }

  /** The live version of a readable article, for feedback and suggestions; 404 otherwise. */
  @Transactional
  public ArticleVersion liveVersionFor(UUID id, boolean customer) {
    ArticleVersion live = liveVersion(articles.get(id));
    if (customer && (live == null || live.audience() != Audience.PUBLIC)) {
      throw ArticleRepository.notFound(id);
    }
    if (live == null) {
      throw ApiProblem.conflict("article " + id + " has no published version");
    }
    return live;
  }

  @Transactional
  public Page<ArticleVersion> versions(UUID id, PageRequest page) {
    Article article = articles.get(id);
    return new Page<>(
        articles.versions(id, page.offset(), page.size()),
        page.page(),
        page.size(),
        article.latestVersion());
  }

  @Transactional
  public ArticleVersion version(UUID id, int version) {
    articles.get(id);
    return articles.version(id, version);
  }

  /** Staff list the latest versions; customers the live public ones. */
  @Transactional
  public Page<ArticleState> list(
      boolean customer, ArticleStatus status, String category, PageRequest page) {
    StringBuilder where =
        new StringBuilder(" from Article a, ArticleVersion v where v.articleId = a.id");
    if (customer) {
      where.append(" and v.version = a.publishedVersion and v.audience = :public");
    } else {
      where.append(" and v.version = a.latestVersion");
      if (status != null) {
        where.append(" and a.status = :status");
      }
    }
    if (category != null) {
      where.append(" and v.category = :category");
    }
    TypedQuery<Object[]> rows =
        em.createQuery("select a, v" + where + " order by a.updatedAt desc, a.id", Object[].class);
    TypedQuery<Long> count = em.createQuery("select count(a)" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      if (customer) {
        query.setParameter("public", Audience.PUBLIC);
      } else if (status != null) {
        query.setParameter("status", status);
      }
      if (category != null) {
        query.setParameter("category", category);
      }
    }
    List<ArticleState> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(row -> new ArticleState((Article) row[0], (ArticleVersion) row[1]))
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  private ArticleVersion liveVersion(Article article) {
    return article.isLive() ? articles.version(article.id(), article.publishedVersion()) : null;
  }
}

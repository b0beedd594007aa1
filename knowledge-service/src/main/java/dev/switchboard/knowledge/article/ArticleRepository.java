package dev.switchboard.knowledge.article;

import dev.switchboard.httpapi.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Articles and their versions. */
@ApplicationScoped
public class ArticleRepository {

  private final EntityManager em;

  ArticleRepository(EntityManager em) {
    this.em = em;
  }

  public void add(Article article) {
    em.persist(article);
  }

  public void add(ArticleVersion version) {
    em.persist(version);
  }

  public Optional<Article> find(UUID id) {
    return Optional.ofNullable(em.find(Article.class, id));
  }

  public Article get(UUID id) {
    return find(id).orElseThrow(() -> notFound(id));
  }

  /** The article, locked for a change so concurrent edits line up instead of clashing. */
  public Article getForUpdate(UUID id) {
    Article article = em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (article == null) {
      throw notFound(id);
    }
    return article;
  }

  public ArticleVersion version(UUID articleId, int version) {
    return em.createQuery(
            "from ArticleVersion v where v.articleId = :id and v.version = :version",
            ArticleVersion.class)
        .setParameter("id", articleId)
        .setParameter("version", version)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> ApiProblem.notFound("article " + articleId + " has no version " + version));
  }

  public List<ArticleVersion> versions(UUID articleId, int offset, int limit) {
    return em.createQuery(
            "from ArticleVersion v where v.articleId = :id order by v.version desc",
            ArticleVersion.class)
        .setParameter("id", articleId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public static ApiProblem notFound(UUID id) {
    return ApiProblem.notFound("no article " + id);
  }
}

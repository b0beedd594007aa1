package dev.switchboard.knowledge.article;

import dev.switchboard.httpapi.problem.ApiProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An article's life: every edit adds a version; the published version stays live until a newer one
 * is published or the article is retired. {@code status} is the state of the latest version (or
 * {@code retired}).
 */
@Entity
@Table(name = "kb_article")
public class Article {

  @Id private UUID id;

  @Convert(converter = WireEnumConverters.StatusConverter.class)
  private ArticleStatus status;

  @Column(name = "latest_version")
  private int latestVersion;

  @Column(name = "published_version")
  private Integer publishedVersion;

  private long views;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Article() {}

  public static Article draft(String author, Instant now) {
    Article article = new Article();
    article.id = UUID.randomUUID();
    article.status = ArticleStatus.DRAFT;
    article.latestVersion = 1;
    article.createdBy = author;
    article.createdAt = now;
    article.updatedAt = now;
    return article;
  }

  /** An edit: a new draft version; a live published version stays live. */
  public int addVersion(Instant now) {
    latestVersion++;
    status = ArticleStatus.DRAFT;
    updatedAt = now;
    return latestVersion;
  }

  public void submitForReview(Instant now) {
    requireStatus(ArticleStatus.IN_REVIEW, ArticleStatus.DRAFT);
    status = ArticleStatus.IN_REVIEW;
    updatedAt = now;
  }

  /** Publishes the latest version; returns the version it replaces as the live one, if any. */
  public Integer publishLatest(Instant now) {
    requireStatus(ArticleStatus.PUBLISHED, ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW);
    Integer replaced = publishedVersion;
    publishedVersion = latestVersion;
    status = ArticleStatus.PUBLISHED;
    updatedAt = now;
    return replaced;
  }

  /** Takes the article out of search and self-service; returns the version that was live. */
  public Integer retire(Instant now) {
    if (status == ArticleStatus.RETIRED) {
      throw transition(ArticleStatus.RETIRED);
    }
    Integer wasLive = publishedVersion;
    publishedVersion = null;
    status = ArticleStatus.RETIRED;
    updatedAt = now;
    return wasLive;
  }

  public boolean isLive() {
    return publishedVersion != null;
  }

  public void viewed() {
    views++;
  }

  private void requireStatus(ArticleStatus target, ArticleStatus... allowed) {
    for (ArticleStatus candidate : allowed) {
      if (candidate == status) {
        return;
      }
    }
    throw transition(target);
  }

  private ApiProblem transition(ArticleStatus target) {
    return new ApiProblem(
        409,
        "illegal-transition",
        "Illegal status transition",
        "an article cannot go from " + status + " to " + target,
        null);
  }

  public UUID id() {
    return id;
  }

  public ArticleStatus status() {
    return status;
  }

  public int latestVersion() {
    return latestVersion;
  }

  public Integer publishedVersion() {
    return publishedVersion;
  }

  public long views() {
    return views;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}

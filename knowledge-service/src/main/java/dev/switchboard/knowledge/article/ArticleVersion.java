package dev.switchboard.knowledge.article;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable version of an article's content, with where it stands in review. */
@Entity
@Table(name = "kb_article_version")
public class ArticleVersion {

  @Id private UUID id;

  @Column(name = "article_id")
  private UUID articleId;

  private int version;
  private String title;
  private String body;
  private String category;

  @JdbcTypeCode(SqlTypes.ARRAY)
  private String[] tags;

  @Convert(converter = WireEnumConverters.AudienceConverter.class)
  private Audience audience;

  private String language;

  @Convert(converter = WireEnumConverters.StatusConverter.class)
  private ArticleStatus status;

  private String author;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  protected ArticleVersion() {}

  public static ArticleVersion of(
      UUID articleId, int version, ArticleContent content, String author, Instant now) {
    ArticleVersion v = new ArticleVersion();
    v.id = UUID.randomUUID();
    v.articleId = articleId;
    v.version = version;
    v.title = content.title();
    v.body = content.body();
    v.category = content.category();
    v.tags = content.tags().toArray(String[]::new);
    v.audience = content.audience();
    v.language = content.language();
    v.status = ArticleStatus.DRAFT;
    v.author = author;
    v.createdAt = now;
    return v;
  }

  public ArticleContent content() {
    return new ArticleContent(title, body, category, List.of(tags), audience, language);
  }

  /** A newer version replaced this one before it was ever published. */
  public void supersede() {
    if (status == ArticleStatus.DRAFT
        || status == ArticleStatus.IN_REVIEW
        || status == ArticleStatus.PUBLISHED) {
      status = ArticleStatus.SUPERSEDED;
    }
  }

  public void submitted(Instant now) {
    status = ArticleStatus.IN_REVIEW;
    submittedAt = now;
  }

  public void published(String publisher, Instant now) {
    status = ArticleStatus.PUBLISHED;
    publishedAt = now;
    publishedBy = publisher;
  }

  public void retired() {
    status = ArticleStatus.RETIRED;
  }

  public UUID articleId() {
    return articleId;
  }

  public int version() {
    return version;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public String category() {
    return category;
  }

  public List<String> tags() {
    return List.of(tags);
  }

  public Audience audience() {
    return audience;
  }

  public String language() {
    return language;
  }

  public ArticleStatus status() {
    return status;
  }

  public String author() {
    return author;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }
}

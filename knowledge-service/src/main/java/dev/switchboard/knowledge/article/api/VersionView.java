package dev.switchboard.knowledge.article.api;

import dev.switchboard.knowledge.article.ArticleStatus;
import dev.switchboard.knowledge.article.ArticleVersion;
import dev.switchboard.knowledge.article.Audience;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of an article's history. */
public record VersionView(
    UUID articleId,
    int version,
    ArticleStatus status,
    String title,
    String body,
    String category,
    List<String> tags,
    Audience audience,
    String language,
    String author,
    Instant createdAt,
    Instant submittedAt,
    Instant publishedAt,
    String publishedBy) {

  static VersionView of(ArticleVersion v) {
    return new VersionView(
        v.articleId(),
        v.version(),
        v.status(),
        v.title(),
        v.body(),
        v.category(),
        v.tags(),
        v.audience(),
        v.language(),
        v.author(),
        v.createdAt(),
        v.submittedAt(),
        v.publishedAt(),
        v.publishedBy());
  }
}

package dev.switchboard.knowledge.article.api;

import dev.switchboard.knowledge.article.ArticleState;
import dev.switchboard.knowledge.article.ArticleStatus;
import dev.switchboard.knowledge.article.ArticleVersion;
import dev.switchboard.knowledge.article.Audience;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article as the API returns it: the content of {@code version} (the latest for staff, the live
 * one for customers) and {@code publishedVersion}, the version search and customers see.
 */
public record ArticleView(
    UUID id,
    String title,
    String body,
    String category,
    List<String> tags,
    Audience audience,
    String language,
    ArticleStatus status,
    int version,
    int latestVersion,
    Integer publishedVersion,
    String author,
    long views,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt) {

  static ArticleView of(ArticleState state) {
    ArticleVersion v = state.version();
    boolean latest = v.version() == state.article().latestVersion();
    return new ArticleView(
        state.article().id(),
        v.title(),
        v.body(),
        v.category(),
        v.tags(),
        v.audience(),
        v.language(),
        latest ? state.article().status() : v.status(),
        v.version(),
        state.article().latestVersion(),
        state.article().publishedVersion(),
        v.author(),
        state.article().views(),
        state.article().createdAt(),
        state.article().updatedAt(),
        v.publishedAt());
  }
}

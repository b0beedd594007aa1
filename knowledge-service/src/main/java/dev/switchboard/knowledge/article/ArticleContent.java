package dev.switchboard.knowledge.article;

import java.util.List;

/** What an author writes in one version of an article. */
public record ArticleContent(
    String title,
    String body,
    String category,
    List<String> tags,
    Audience audience,
    String language) {}

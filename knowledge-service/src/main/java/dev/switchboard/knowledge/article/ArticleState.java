package dev.switchboard.knowledge.article;

/** An article with the version a caller sees (the latest for staff, the live one for customers). */
public record ArticleState(Article article, ArticleVersion version) {}

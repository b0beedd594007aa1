package dev.switchboard.knowledge.search;

import java.util.UUID;

/**
 * One ranked article: {@code snippet} is plain text in which matched words are wrapped in {@code
 * <mark>…</mark>} (article text never carries angle brackets of its own).
 */
public record SearchHit(UUID articleId, String title, String snippet, double score) {}

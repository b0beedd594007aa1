package dev.switchboard.knowledge.search;

import dev.switchboard.knowledge.article.Audience;
import java.util.Set;

/**
 * What to look for and in which articles.
 *
 * @param audiences the audiences the caller may read (customers: public only)
 * @param category only this category, or null
 * @param preferredCategory ranks articles of this category higher, or null
 */
public record SearchRequest(
    SearchQuery query,
    String text,
    Set<Audience> audiences,
    String category,
    String preferredCategory,
    int limit,
    int offset) {}

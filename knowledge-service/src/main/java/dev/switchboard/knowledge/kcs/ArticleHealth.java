package dev.switchboard.knowledge.kcs;

import java.util.UUID;

/**
 * How an article is doing: read, linked to resolutions, found helpful, and whether the tickets it
 * solved stayed solved. Shares are null while there is nothing to divide by.
 */
public record ArticleHealth(
    UUID articleId,
    long views,
    long links,
    long reopenedLinks,
    Double reopenShare,
    long helpful,
    long notHelpful,
    Double helpfulShare,
    long suggestionsShown,
    long suggestionsAccepted) {

  public static ArticleHealth of(
      UUID articleId,
      long views,
      long links,
      long reopenedLinks,
      long helpful,
      long notHelpful,
      long suggestionsShown,
      long suggestionsAccepted) {
    return new ArticleHealth(
        articleId,
        views,
        links,
        reopenedLinks,
        share(reopenedLinks, links),
        helpful,
        notHelpful,
        share(helpful, helpful + notHelpful),
        suggestionsShown,
        suggestionsAccepted);
  }

  static Double share(long part, long whole) {
    return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
  }
}

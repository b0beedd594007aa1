package dev.switchboard.knowledge.kcs;

import java.time.Instant;
import java.util.List;

/**
 * Categories where tickets get resolved without the knowledge base: many resolutions, (almost) none
 * of them naming an article. Writing articles there raises first-contact resolution.
 */
public record GapReport(Instant since, int minResolved, double maxLinkedShare, List<Gap> items) {

  public static final String UNCATEGORISED = "uncategorised";

  /**
   * One category.
   *
   * @param publishedArticles live articles in the category (zero: nothing to link to at all)
   */
  public record Gap(
      String category,
      long resolvedTickets,
      long linkedTickets,
      double linkedShare,
      long publishedArticles) {

    public static Gap of(String category, long resolved, long linked, long published) {
      Double share = ArticleHealth.share(linked, resolved);
      return new Gap(category, resolved, linked, share == null ? 0 : share, published);
    }

    /** A gap: resolved often enough to matter, and rarely or never with an article. */
    public boolean isGap(int minResolved, double maxLinkedShare) {
      return resolvedTickets >= minResolved && linkedShare <= maxLinkedShare;
    }
  }
}

package dev.switchboard.intake.classification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The desk's shallow category tree, configured as its leaves ({@code switchboard.categories}):
 * {@code hardware/printer} is a leaf under the branch {@code hardware}; {@code email} is a leaf at
 * the top. Both leaves and branches are valid categories of a ticket.
 */
@ApplicationScoped
public class CategoryTree {

  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private final List<String> leaves;
  private final Set<String> all;

  @Inject
  public CategoryTree(@ConfigProperty(name = "switchboard.categories") List<String> leaves) {
    List<String> normalised = new ArrayList<>();
    Set<String> everything = new LinkedHashSet<>();
    for (String leaf : leaves) {
      String category = leaf.trim().toLowerCase(Locale.ROOT);
      if (!isWellFormed(category)) {
        throw new IllegalArgumentException(
            "switchboard.categories: '" + leaf + "' is not a category like 'hardware/printer'");
      }
      if (everything.add(category)) {
        normalised.add(category);
      }
      parentOf(category).ifPresent(everything::add);
    }
    if (normalised.isEmpty()) {
      throw new IllegalArgumentException("switchboard.categories: at least one category is needed");
    }
    this.leaves = List.copyOf(normalised);
    this.all = Set.copyOf(everything);
  }

  /** True for every configured leaf and for every branch above one. */
  public boolean contains(String category) {
    return category != null && all.contains(category);
  }

  /** The configured leaves, in configuration order. */
  public List<String> categories() {
    return leaves;
  }

  /** The branch above a category, {@code hardware} for {@code hardware/printer}. */
  public static Optional<String> parentOf(String category) {
    int slash = category.lastIndexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(category.substring(0, slash));
  }

  /** True when {@code category} is {@code ancestor} itself or lies below it. */
  public static boolean isWithin(String category, String ancestor) {
    return category.equals(ancestor) || category.startsWith(ancestor + "/");
  }

  /**
   * The category itself if the tree has it, else its closest ancestor that the tree has: a label
   * {@code hardware/laptop} becomes {@code hardware} on a desk that only configured {@code
   * hardware}.
   */
  public Optional<String> closest(String category) {
    Optional<String> candidate = Optional.ofNullable(category);
    while (candidate.isPresent() && !contains(candidate.get())) {
      candidate = parentOf(candidate.get());
    }
    return candidate;
  }

  private static boolean isWellFormed(String category) {
    String[] segments = category.split("/", -1);
    if (segments.length > 2) {
      return false;
    }
    for (String segment : segments) {
      if (!SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }
}

package dev.switchboard.metrics.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds recurring incidents: two incidents belong together when they share a configuration item, or
 * share a category and their texts are similar (word Jaccard at least {@code minSimilarity}); a
 * connected group with at least {@code minMembers} incidents inside one window is a candidate.
 */
public final class RecurringIncidentDetector {

  /** One group of recurring incidents, oldest first. */
  public record Recurrence(
      String category, String configurationItem, List<IncidentSnapshot> members, Trend trend) {

    public Instant firstSeen() {
      return members.get(0).createdAt();
    }

    public Instant lastSeen() {
      return members.get(members.size() - 1).createdAt();
    }

    /** The oldest member's subject, which the others resemble. */
    public String summary() {
      String subject = members.get(0).subject();
      String about = subject == null || subject.isBlank() ? "incidents" : "\"" + subject + "\"";
      return members.size() + " recurring " + about;
    }
  }

  private final int minMembers;
  private final Duration window;
  private final double minSimilarity;

  public RecurringIncidentDetector(int minMembers, Duration window, double minSimilarity) {
    this.minMembers = minMembers;
    this.window = window;
    this.minSimilarity = minSimilarity;
  }

  public List<Recurrence> detect(List<IncidentSnapshot> incidents) {
    List<IncidentSnapshot> sorted =
        incidents.stream().sorted(Comparator.comparing(IncidentSnapshot::createdAt)).toList();
    List<Set<String>> words = sorted.stream().map(i -> TextSimilarity.words(i.text())).toList();
    int[] parent = new int[sorted.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        if (Duration.between(sorted.get(i).createdAt(), sorted.get(j).createdAt()).compareTo(window)
            > 0) {
          break;
        }
        if (related(sorted.get(i), sorted.get(j), words.get(i), words.get(j))) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<IncidentSnapshot>> groups = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(sorted.get(i));
    }
    return groups.values().stream()
        .filter(this::recursWithinWindow)
        .map(this::recurrence)
        .sorted(Comparator.comparing(Recurrence::firstSeen))
        .toList();
  }

  private boolean related(
      IncidentSnapshot a, IncidentSnapshot b, Set<String> wordsA, Set<String> wordsB) {
    if (a.configurationItem() != null
        && !a.configurationItem().isBlank()
        && a.configurationItem().equals(b.configurationItem())) {
      return true;
    }
    return a.category() != null
        && a.category().equals(b.category())
        && TextSimilarity.jaccard(wordsA, wordsB) >= minSimilarity;
  }

  /** At least minMembers members fall inside one window (members are oldest first). */
  private boolean recursWithinWindow(List<IncidentSnapshot> members) {
    if (members.size() < minMembers) {
      return false;
    }
    for (int start = 0; start + minMembers - 1 < members.size(); start++) {
      Instant first = members.get(start).createdAt();
      Instant last = members.get(start + minMembers - 1).createdAt();
      if (Duration.between(first, last).compareTo(window) <= 0) {
        return true;
      }
    }
    return false;
  }

  private Recurrence recurrence(List<IncidentSnapshot> members) {
    IncidentSnapshot first = members.get(0);
    String item = first.configurationItem();
    boolean sharedItem =
        item != null && members.stream().allMatch(m -> item.equals(m.configurationItem()));
    String category =
        members.stream().allMatch(m -> Objects.equals(first.category(), m.category()))
            ? first.category()
            : null;
    return new Recurrence(category, sharedItem ? item : null, members, trend(members));
  }

  /** Members in the last half window against the half window before it. */
  private Trend trend(List<IncidentSnapshot> members) {
    Instant last = members.get(members.size() - 1).createdAt();
    Instant recentFrom = last.minus(window.dividedBy(2));
    Instant earlierFrom = last.minus(window);
    long recent = members.stream().filter(m -> m.createdAt().isAfter(recentFrom)).count();
    long earlier =
        members.stream()
            .filter(m -> m.createdAt().isAfter(earlierFrom) && !m.createdAt().isAfter(recentFrom))
            .count();
    if (recent > earlier) {
      return Trend.RISING;
    }
    return recent < earlier ? Trend.FALLING : Trend.STEADY;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}

package dev.switchboard.metrics.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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

  private static final int TRIGGER = -1;

  private final int minMembers;
  private final Duration window;
  private final long windowMillis;
  private final double minSimilarity;
  private final Function<IncidentSnapshot, Set<String>> wordsOf;

  public RecurringIncidentDetector(int minMembers, Duration window, double minSimilarity) {
    this(minMembers, window, minSimilarity, incident -> TextSimilarity.words(incident.text()));
  }

  /**
   * @param wordsOf the normalised words of an incident's text ({@link TextSimilarity#words}, or a
   *     cache of it: the same neighbours are compared with every new incident of their category)
   */
  public RecurringIncidentDetector(
      int minMembers,
      Duration window,
      double minSimilarity,
      Function<IncidentSnapshot, Set<String>> wordsOf) {
    this.minMembers = minMembers;
    this.window = window;
    this.windowMillis = window.toMillis();
    this.minSimilarity = minSimilarity;
    this.wordsOf = wordsOf;
  }

  /**
   * The recurrence the trigger belongs to: its connected group among the neighbours (the trigger
   * itself may be among them), if that group recurs within one window. Only the trigger's own group
   * is explored, breadth first, so the cost is the group's size times the neighbours, not the
   * square of the neighbours: a busy category with thousands of incidents a week stays cheap.
   */
  public Optional<Recurrence> recurrenceOf(
      IncidentSnapshot trigger, List<IncidentSnapshot> neighbours) {
    List<IncidentSnapshot> others =
        neighbours.stream().filter(n -> !n.ticketId().equals(trigger.ticketId())).toList();
    List<Set<String>> words = others.stream().map(wordsOf).toList();
    boolean[] reached = new boolean[others.size()];
    List<IncidentSnapshot> group = new ArrayList<>(List.of(trigger));
    Deque<Integer> frontier = new ArrayDeque<>(List.of(TRIGGER));
    Set<String> triggerWords = wordsOf.apply(trigger);
    while (!frontier.isEmpty()) {
      int current = frontier.poll();
      IncidentSnapshot from = current == TRIGGER ? trigger : others.get(current);
      Set<String> fromWords = current == TRIGGER ? triggerWords : words.get(current);
      for (int i = 0; i < others.size(); i++) {
        if (!reached[i]
            && withinWindow(from, others.get(i))
            && related(from, others.get(i), fromWords, words.get(i))) {
          reached[i] = true;
          group.add(others.get(i));
          frontier.add(i);
        }
      }
    }
    group.sort(Comparator.comparing(IncidentSnapshot::createdAt));
    return recursWithinWindow(group) ? Optional.of(recurrence(group)) : Optional.empty();
  }

  /** In epoch milliseconds: {@code Duration.abs()} goes through BigDecimal, per pair compared. */
  private boolean withinWindow(IncidentSnapshot a, IncidentSnapshot b) {
    return Math.abs(a.createdAt().toEpochMilli() - b.createdAt().toEpochMilli()) <= windowMillis;
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
}

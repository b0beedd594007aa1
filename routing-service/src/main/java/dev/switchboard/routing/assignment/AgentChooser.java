package dev.switchboard.routing.assignment;

import dev.switchboard.routing.team.GroupStrategy;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the owner of a ticket inside a group. Only available agents with every required skill and
 * room under their capacity qualify; among them the strategy decides, and ties always go to the
 * least recently assigned agent (never assigned counts as longest ago), then to the id.
 */
public final class AgentChooser {

  private AgentChooser() {}

  /** What the choice needs to know about one agent. */
  public record Candidate(
      String id,
      Set<String> skills,
      boolean available,
      int load,
      int capacity,
      Instant lastAssignedAt) {

    boolean qualifiesFor(Collection<String> requiredSkills) {
      return available && load < capacity && skills.containsAll(requiredSkills);
    }
  }

  private static final Comparator<Candidate> LEAST_RECENTLY_ASSIGNED =
      Comparator.comparing(
              Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Candidate::id);

  /** Lower share of capacity in use first, compared exactly (load_a / cap_a vs load_b / cap_b). */
  private static final Comparator<Candidate> LEAST_LOADED =
      (a, b) -> Long.compare((long) a.load() * b.capacity(), (long) b.load() * a.capacity());

  public static Optional<String> choose(
      GroupStrategy strategy, List<Candidate> candidates, Collection<String> requiredSkills) {
    Comparator<Candidate> order =
        switch (strategy) {
          case LOAD_BALANCED -> LEAST_LOADED.thenComparing(LEAST_RECENTLY_ASSIGNED);
          case ROUND_ROBIN -> LEAST_RECENTLY_ASSIGNED;
          case QUEUE -> null;
        };
    if (order == null) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(c -> c.qualifiesFor(requiredSkills))
        .min(order)
        .map(Candidate::id);
  }

  /** Whether an agent may pull one more ticket from a queue (available and under capacity). */
  public static boolean canTakeMore(Candidate agent) {
    return agent.qualifiesFor(Set.of());
  }
}

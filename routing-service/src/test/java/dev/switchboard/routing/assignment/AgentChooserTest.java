package dev.switchboard.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.routing.assignment.AgentChooser.Candidate;
import dev.switchboard.routing.team.GroupStrategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentChooserTest {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static Candidate agent(String id, int load, int capacity, Instant lastAssigned) {
    return new Candidate(id, Set.of("network"), true, load, capacity, lastAssigned);
  }

  @Test
  void hundredTicketsToFiveEquallyFreeAgentsGiveTwentyEach() {
    for (GroupStrategy strategy : List.of(GroupStrategy.LOAD_BALANCED, GroupStrategy.ROUND_ROBIN)) {
      Map<String, Integer> load = new HashMap<>();
      Map<String, Instant> last = new HashMap<>();
      List<String> ids = List.of("a1", "a2", "a3", "a4", "a5");
      ids.forEach(id -> load.put(id, 0));
      for (int i = 0; i < 100; i++) {
        List<Candidate> candidates = new ArrayList<>();
        ids.forEach(id -> candidates.add(agent(id, load.get(id), 25, last.get(id))));
        String chosen = AgentChooser.choose(strategy, candidates, Set.of()).orElseThrow();
        load.merge(chosen, 1, Integer::sum);
        last.put(chosen, T0.plusSeconds(i));
      }
      assertThat(load.values())
          .as(strategy.wire())
          .allSatisfy(n -> assertThat(n).isBetween(19, 21));
    }
  }

  @Test
  void agentAtCapacityIsSkipped() {
    List<Candidate> candidates = List.of(agent("full", 3, 3, null), agent("busy", 5, 10, T0));

    assertThat(AgentChooser.choose(GroupStrategy.LOAD_BALANCED, candidates, Set.of()))
        .contains("busy");
  }

  @Test
  void nobodyQualifiesWhenEveryoneIsFullAwayOrUnskilled() {
    List<Candidate> candidates =
        List.of(
            agent("full", 3, 3, null),
            new Candidate("away", Set.of("network"), false, 0, 5, null),
            new Candidate("clerk", Set.of("printers"), true, 0, 5, null));

    assertThat(AgentChooser.choose(GroupStrategy.LOAD_BALANCED, candidates, Set.of("network")))
        .isEmpty();
  }

  @Test
  void requiredSkillsFilterTheCandidates() {
    List<Candidate> candidates =
        List.of(
            new Candidate("generalist", Set.of("email"), true, 0, 5, null),
            new Candidate("expert", Set.of("email", "vpn"), true, 4, 5, T0));

    assertThat(AgentChooser.choose(GroupStrategy.LOAD_BALANCED, candidates, Set.of("vpn")))
        .contains("expert");
  }

  @Test
  void loadIsComparedRelativeToCapacity() {
    List<Candidate> candidates = List.of(agent("small", 2, 4, null), agent("large", 4, 10, T0));

    assertThat(AgentChooser.choose(GroupStrategy.LOAD_BALANCED, candidates, Set.of()))
        .contains("large");
  }

  @Test
  void tiesGoToTheLeastRecentlyAssigned() {
    List<Candidate> candidates =
        List.of(agent("recent", 1, 5, T0.plusSeconds(60)), agent("earlier", 1, 5, T0));

    assertThat(AgentChooser.choose(GroupStrategy.LOAD_BALANCED, candidates, Set.of()))
        .contains("earlier");
  }

  @Test
  void roundRobinIgnoresLoadButNotCapacity() {
    List<Candidate> candidates =
        List.of(agent("loaded", 4, 5, null), agent("idle", 0, 5, T0), agent("full", 5, 5, null));

    assertThat(AgentChooser.choose(GroupStrategy.ROUND_ROBIN, candidates, Set.of()))
        .contains("loaded");
  }

  @Test
  void queueGroupsNeverPushTickets() {
    assertThat(
            AgentChooser.choose(GroupStrategy.QUEUE, List.of(agent("idle", 0, 5, null)), Set.of()))
        .isEmpty();
  }
}

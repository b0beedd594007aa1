package dev.switchboard.routing.rule.api;

import dev.switchboard.routing.rule.RoutingRule;
import dev.switchboard.routing.rule.api.RuleRequest.Match;
import java.util.List;

public record RuleView(
    String id,
    String name,
    int position,
    boolean enabled,
    Match match,
    String targetGroup,
    List<String> requiredSkills) {

  static RuleView of(RoutingRule rule) {
    return new RuleView(
        rule.id,
        rule.name,
        rule.position,
        rule.enabled,
        new Match(
            rule.matchType,
            rule.matchCategoryPrefix,
            List.copyOf(rule.matchPriorities),
            rule.matchChannel,
            rule.matchNegativeSentiment,
            rule.matchRepeatedContacts,
            rule.matchOpenMajorIncident,
            rule.matchMinContactsLast7Days),
        rule.targetGroup,
        List.copyOf(rule.requiredSkills));
  }
}

package dev.switchboard.routing.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingRuleTest {

  static TicketFacts ticket(String type, String category, String priority, String channel) {
    return new TicketFacts(type, category, priority, channel, false, false, false, 0);
  }

  static RoutingRule rule(String id, int position, String group) {
    RoutingRule rule = new RoutingRule();
    rule.id = id;
    rule.position = position;
    rule.targetGroup = group;
    return rule;
  }

  @Test
  void categoryPrefixMatchesWholePathSegmentsOnly() {
    RoutingRule network = rule("network", 1, "network-team");
    network.matchCategoryPrefix = "network";

    assertThat(network.matches(ticket("incident", "network/vpn", "p3", "email"))).isTrue();
    assertThat(network.matches(ticket("incident", "network", "p3", "email"))).isTrue();
    assertThat(network.matches(ticket("incident", "Network/WiFi", "p3", "email"))).isTrue();
    assertThat(network.matches(ticket("incident", "networking", "p3", "email"))).isFalse();
    assertThat(network.matches(ticket("incident", null, "p3", "email"))).isFalse();
  }

  @Test
  void everySetConditionMustHold() {
    RoutingRule majorPhone = rule("urgent-phone", 1, "major");
    majorPhone.matchType = "incident";
    majorPhone.matchPriorities = List.of("p1", "p2");
    majorPhone.matchChannel = "phone";

    assertThat(majorPhone.matches(ticket("incident", "email", "p1", "phone"))).isTrue();
    assertThat(majorPhone.matches(ticket("incident", "email", "p3", "phone"))).isFalse();
    assertThat(majorPhone.matches(ticket("service_request", "email", "p1", "phone"))).isFalse();
    assertThat(majorPhone.matches(ticket("incident", "email", "p1", "email"))).isFalse();
  }

  @Test
  void customerSignalsCanRouteToAnotherGroup() {
    RoutingRule unhappy = rule("unhappy", 1, "care");
    unhappy.matchNegativeSentiment = true;
    RoutingRule frequent = rule("frequent", 2, "care");
    frequent.matchMinContactsLast7Days = 3;

    TicketFacts angry = new TicketFacts("incident", "email", "p3", "email", true, false, false, 0);
    TicketFacts calm = new TicketFacts("incident", "email", "p3", "email", false, false, false, 4);

    assertThat(unhappy.matches(angry)).isTrue();
    assertThat(unhappy.matches(calm)).isFalse();
    assertThat(frequent.matches(calm)).isTrue();
    assertThat(frequent.matches(angry)).isFalse();
  }

  @Test
  void firstEnabledMatchingRuleWins() {
    RoutingRule disabled = rule("disabled", 1, "nobody");
    disabled.enabled = false;
    RoutingRule vpn = rule("vpn", 2, "network-team");
    vpn.matchCategoryPrefix = "network/vpn";
    RoutingRule fallback = rule("default", 99, "service-desk");

    List<RoutingRule> rules = List.of(disabled, vpn, fallback);

    assertThat(RoutingRule.firstMatch(rules, ticket("incident", "network/vpn", "p3", "api")))
        .map(r -> r.targetGroup)
        .contains("network-team");
    assertThat(RoutingRule.firstMatch(rules, ticket("incident", "email", "p3", "api")))
        .map(r -> r.targetGroup)
        .contains("service-desk");
  }
}

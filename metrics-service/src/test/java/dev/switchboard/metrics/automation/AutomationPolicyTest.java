package dev.switchboard.metrics.automation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AutomationPolicyTest {

  private final AutomationPolicy policy = new AutomationPolicy(10, 0.7);

  @Test
  void frequentRequestsMostlyResolvedAlikeAreACandidate() {
    assertThat(policy.isCandidate(12, 14)).isTrue();
  }

  @Test
  void rareOrVariedRequestsAreNot() {
    assertThat(policy.isCandidate(9, 9)).isFalse();
    assertThat(policy.isCandidate(10, 20)).isFalse();
    assertThat(policy.isCandidate(0, 0)).isFalse();
  }
}

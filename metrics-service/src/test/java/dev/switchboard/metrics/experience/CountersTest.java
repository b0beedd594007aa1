package dev.switchboard.metrics.experience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountersTest {

  @Test
  void ratesFollowTheDefinitions() {
    Counters counters =
        new Counters(12, 10, 8, 6, 2, 10, 9, new long[] {1, 1, 2, 4, 2}, 4, 1200, 3);

    assertThat(counters.firstContactResolutionRate()).isEqualTo(0.75);
    assertThat(counters.reopenRate()).isEqualTo(0.25);
    assertThat(counters.slaCompliance()).isEqualTo(0.9);
    assertThat(counters.csatResponses()).isEqualTo(10);
    assertThat(counters.csatScore()).isEqualTo(0.6);
    assertThat(counters.csatDistribution()).containsEntry("1", 1L).containsEntry("5", 2L);
    assertThat(counters.averageHandleMinutes()).isEqualTo(5.0);
  }

  @Test
  void nothingMeasuredGivesNullRatesNotZero() {
    Counters empty = new Counters(0, 0, 0, 0, 0, 0, 0, new long[5], 0, 0, 0);

    assertThat(empty.firstContactResolutionRate()).isNull();
    assertThat(empty.reopenRate()).isNull();
    assertThat(empty.slaCompliance()).isNull();
    assertThat(empty.csatScore()).isNull();
    assertThat(empty.averageHandleMinutes()).isNull();
  }
}

package dev.switchboard.metrics.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportRangeTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-31T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void defaultIsTheLastThirtyDaysIncludingToday() {
    assertThat(ReportRange.parse(null, null, clock))
        .isEqualTo(new ReportRange(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-31")));
  }

  @Test
  void datesAndInstantsAreBothUnderstood() {
    assertThat(ReportRange.parse("2026-03-01", "2026-03-05T23:59:00Z", clock))
        .isEqualTo(new ReportRange(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-05")));
  }

  @Test
  void fromAfterToOrGarbageIsRefusedNamingTheField() {
    assertThatThrownBy(() -> ReportRange.parse("2026-03-05", "2026-03-01", clock))
        .hasMessageStartingWith("from:");
    assertThatThrownBy(() -> ReportRange.parse(null, "yesterday", clock))
        .hasMessageStartingWith("to:");
  }
}

package dev.switchboard.metrics.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecountPacingTest {

  private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

  @Test
  void theFirstRecountIsDueAtOnce() {
    assertThat(new RecountPacing(0.1).due(T0)).isTrue();
  }

  @Test
  void aRecountOf400MsAtATenthOfACoreWaits3600MsBeforeTheNext() {
    RecountPacing pacing = new RecountPacing(0.1);
    pacing.ran(T0, T0.plusMillis(400));

    assertThat(pacing.due(T0.plusMillis(400 + 3599))).isFalse();
    assertThat(pacing.due(T0.plusMillis(400 + 3600))).isTrue();
  }

  @Test
  void aWholeCoreMeansNoPause() {
    RecountPacing pacing = new RecountPacing(1);
    pacing.ran(T0, T0.plusMillis(400));

    assertThat(pacing.due(T0.plusMillis(400))).isTrue();
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> new RecountPacing(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RecountPacing(1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}

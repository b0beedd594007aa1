package dev.switchboard.metrics.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PostgresqlUuidOrderTest {

  @Test
  void uuidsAreOrderedByTheirBytesUnsignedAsPostgresqlOrdersThem() {
    UUID low = UUID.fromString("00000000-0000-4000-8000-000000000001");
    UUID highMostSignificant = UUID.fromString("f0000000-0000-4000-8000-000000000000");
    UUID highLeastSignificant = UUID.fromString("00000000-0000-4000-f000-000000000000");

    List<UUID> ordered =
        Stream.of(highMostSignificant, highLeastSignificant, low)
            .sorted(ProblemCandidates.IN_POSTGRESQL_ORDER)
            .toList();

    assertThat(ordered).containsExactly(low, highLeastSignificant, highMostSignificant);
    assertThat(highMostSignificant.compareTo(low))
        .as("UUID#compareTo orders by signed halves, which is why the comparator exists")
        .isNegative();
  }
}

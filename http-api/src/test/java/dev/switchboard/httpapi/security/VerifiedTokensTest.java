package dev.switchboard.httpapi.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  private final MovableClock clock = new MovableClock(NOW);
  private final VerifiedTokens tokens = new VerifiedTokens(clock, Duration.ofSeconds(60), 3);

  @Test
  void aRememberedTokenIsServedUntilItsExpiry() {
    tokens.remember("token-a", () -> identity("ana"), NOW.plusSeconds(30));

    clock.now = NOW.plusSeconds(29);
    assertThat(tokens.find("token-a")).map(i -> i.getPrincipal().getName()).contains("ana");
    clock.now = NOW.plusSeconds(30);
    assertThat(tokens.find("token-a")).isEmpty();
    assertThat(tokens.hits()).isEqualTo(1);
  }

  @Test
  void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() {
    tokens.remember("token-a", () -> identity("ana"), NOW.plusSeconds(3600));

    clock.now = NOW.plusSeconds(59);
    assertThat(tokens.find("token-a")).isPresent();
    clock.now = NOW.plusSeconds(60);
    assertThat(tokens.find("token-a")).isEmpty();
  }

  @Test
  void aTokenDifferingInOneCharacterIsNotServed() {
    tokens.remember("header.claims.signature", () -> identity("ana"), NOW.plusSeconds(30));

    assertThat(tokens.find("header.claims.signaturf")).isEmpty();
    assertThat(tokens.find("header.claims.signature")).isPresent();
  }

  @Test
  void aKeptTokenIsNotBuiltAgainNorGivenANewDeadline() {
    tokens.remember("token-a", () -> identity("ana"), NOW.plusSeconds(30));
    clock.now = NOW.plusSeconds(20);

    tokens.remember(
        "token-a",
        () -> {
          throw new AssertionError("a kept token's identity is not built again");
        },
        NOW.plusSeconds(3600));

    clock.now = NOW.plusSeconds(30);
    assertThat(tokens.find("token-a")).isEmpty();
  }

  @Test
  void anExpiredTokenIsNotRemembered() {
    tokens.remember("token-a", () -> identity("ana"), NOW.minusSeconds(1));

    assertThat(tokens.size()).isZero();
  }

  @Test
  void aFullStoreDropsExpiredEntriesFirstThenStartsOver() {
    tokens.remember("short", () -> identity("ana"), NOW.plusSeconds(5));
    tokens.remember("b", () -> identity("ben"), NOW.plusSeconds(50));
    tokens.remember("c", () -> identity("carl"), NOW.plusSeconds(50));
    clock.now = NOW.plusSeconds(10);

    tokens.remember("d", () -> identity("dora"), NOW.plusSeconds(50));
    assertThat(tokens.find("b")).isPresent();
    assertThat(tokens.find("d")).isPresent();
    assertThat(tokens.size()).isEqualTo(3);

    tokens.remember("e", () -> identity("eve"), NOW.plusSeconds(50));
    assertThat(tokens.size()).isEqualTo(1);
    assertThat(tokens.find("e")).isPresent();
  }

  @Test
  void aZeroMaximumAgeTurnsItOff() {
    VerifiedTokens off = new VerifiedTokens(clock, Duration.ZERO, 100);
    off.remember("token-a", () -> identity("ana"), NOW.plusSeconds(30));

    assertThat(off.enabled()).isFalse();
    assertThat(off.find("token-a")).isEmpty();
  }

  private static SecurityIdentity identity(String name) {
    Principal principal = () -> name;
    return QuarkusSecurityIdentity.builder().setPrincipal(principal).build();
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}

package dev.switchboard.httpapi.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Bearer tokens whose signature and claims were verified, with the identity built from them, kept
 * until the token expires but never longer than {@code maxAge}. A client sends the same token for
 * minutes; verifying its RSA signature and parsing its claims again on every request was a tenth of
 * intake's CPU under load. Keyed by the whole token string, so a token altered in any character is
 * a different key and is verified from scratch.
 */
public final class VerifiedTokens {

  /** A verified identity and the instant it may no longer be served. */
  private record Entry(SecurityIdentity identity, Instant servedUntil) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration maxAge;
  private final int maxEntries;
  private final AtomicLong hits = new AtomicLong();

  public VerifiedTokens(Clock clock, Duration maxAge, int maxEntries) {
    this.clock = clock;
    this.maxAge = maxAge;
    this.maxEntries = maxEntries;
  }

  /** Whether tokens are kept at all ({@code maxAge} or {@code maxEntries} of zero turn it off). */
  public boolean enabled() {
    return !maxAge.isNegative() && !maxAge.isZero() && maxEntries > 0;
  }

  /** The identity verified for this token, if it is kept and neither expired nor too old. */
  public Optional<SecurityIdentity> find(String token) {
    Entry entry = entries.get(token);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.servedUntil())) {
      entries.remove(token, entry);
      return Optional.empty();
    }
    hits.incrementAndGet();
    return Optional.of(entry.identity());
  }

  /**
   * Keeps a freshly verified identity until {@code expiresAt} (the token's {@code exp}) or {@code
   * maxAge} from now, whichever comes first. A token already kept keeps its first deadline, and its
   * identity is not built again (every request served from here passes by again).
   */
  public void remember(String token, Supplier<SecurityIdentity> identity, Instant expiresAt) {
    if (!enabled() || entries.containsKey(token)) {
      return;
    }
    Instant now = clock.instant();
    Instant until = earliest(expiresAt, now.plus(maxAge));
    if (!now.isBefore(until)) {
      return;
    }
    if (entries.size() >= maxEntries) {
      makeRoom(now);
    }
    entries.putIfAbsent(token, new Entry(identity.get(), until));
  }

  /** Requests answered from here since start. */
  public long hits() {
    return hits.get();
  }

  public int size() {
    return entries.size();
  }

  /**
   * Drops what has expired; if that is not enough, starts over (verifying again is only slower).
   */
  private void makeRoom(Instant now) {
    entries.values().removeIf(entry -> !now.isBefore(entry.servedUntil()));
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}

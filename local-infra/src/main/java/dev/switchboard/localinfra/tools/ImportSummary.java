package dev.switchboard.localinfra.tools;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What an import did: outcomes as the API answered them, and why anything was left out. */
final class ImportSummary {

  private static final int MAX_REASON = 160;

  private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> ignored = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> rejected = new ConcurrentHashMap<>();
  private final Map<String, String> firstRejectedSource = new ConcurrentHashMap<>();

  /** An outcome of the API ({@code created}, {@code appended}, …, or {@code already_imported}). */
  void outcome(String outcome) {
    outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
  }

  void ignored(String reason) {
    outcome("ignored");
    ignored.computeIfAbsent(reason, k -> new LongAdder()).increment();
  }

  void rejected(String source, String reason) {
    String key = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
    outcome("rejected");
    rejected.computeIfAbsent(key, k -> new LongAdder()).increment();
    firstRejectedSource.putIfAbsent(key, source);
  }

  long count(String outcome) {
    LongAdder adder = outcomes.get(outcome);
    return adder == null ? 0 : adder.sum();
  }

  void print(PrintStream out, String heading) {
    out.println(heading);
    new TreeMap<>(outcomes).forEach((outcome, n) -> out.printf("  %-24s %d%n", outcome, n.sum()));
    new TreeMap<>(ignored)
        .forEach((reason, n) -> out.printf("  ignored: %-15s %d%n", reason, n.sum()));
    new TreeMap<>(rejected)
        .forEach(
            (reason, n) ->
                out.printf(
                    "  rejected %d× %s%n      (first: %s)%n",
                    n.sum(), reason, firstRejectedSource.get(reason)));
  }
}

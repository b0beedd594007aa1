package dev.switchboard.localinfra.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Raw email intake on a corpus: every message of every mail file below a folder, posted to the
 * email channel as the mail gateway at a fixed concurrency. Each run uses fresh Idempotency-Keys,
 * so the service really parses every message again; on a re-run it recognises them by Message-ID
 * and answers {@code duplicate}.
 */
final class EmailIntakeRun {

  private final StackClient gateway;
  private final URI channel;

  EmailIntakeRun(StackClient gateway, URI channel) {
    this.gateway = gateway;
    this.channel = channel;
  }

  static List<ImportItem> corpus(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      List<ImportItem> messages = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        if (MailSources.isMailFile(file)) {
          messages.addAll(MailSources.messages(file));
        }
      }
      return messages;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  String run(List<ImportItem> messages, int concurrency) throws InterruptedException {
    String runId = UUID.randomUUID().toString();
    Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    long[] nanos = new long[messages.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    ExecutorService workers = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      workers.execute(
          () -> {
            for (int i = next.getAndIncrement(); i < messages.size(); i = next.getAndIncrement()) {
              ImportItem message = messages.get(i);
              long before = System.nanoTime();
              String outcome = post(message, "bench-" + runId + "-" + message.idempotencyKey());
              nanos[i] = System.nanoTime() - before;
              if (outcome.startsWith("rejected")) {
                errors.incrementAndGet();
              }
              outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
            }
          });
    }
    workers.shutdown();
    workers.awaitTermination(1, TimeUnit.HOURS);
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(nanos);
    String counts =
        new TreeMap<>(outcomes)
            .entrySet().stream()
                .map(e -> "outcome_" + e.getKey() + "=" + e.getValue().sum())
                .collect(Collectors.joining(" "));
    return String.format(
            Locale.ROOT,
            "email_intake concurrency=%d messages=%d rps=%.1f ",
            concurrency,
            messages.size(),
            messages.size() / seconds)
        + LoadRun.percentiles(nanos)
        + " errors="
        + errors.get()
        + " "
        + counts;
  }

  /**
   * The outcome of one message: the answer's outcome, {@code ignored_REASON} or {@code
   * rejected_STATUS}.
   */
  private String post(ImportItem message, String idempotencyKey) {
    try {
      HttpResponse<String> response =
          gateway.post(channel, "message/rfc822", message.body(), idempotencyKey);
      if (response.statusCode() / 100 != 2) {
        return "rejected_" + response.statusCode();
      }
      JsonNode body = StackClient.JSON.readTree(response.body());
      String outcome = body.path("outcome").asText("unknown");
      return "ignored".equals(outcome)
          ? "ignored_" + body.path("reason").asText("unknown")
          : outcome;
    } catch (IOException e) {
      return "rejected_io";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "rejected_interrupted";
    }
  }
}

package dev.switchboard.e2e;

import dev.switchboard.localinfra.tools.StackClient;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady stream of portal-style contacts (one new customer each, low impact and urgency, so no
 * escalation rule fires) while a drill breaks something. Remembers the tickets intake acknowledged
 * with 2xx: those are the ones that must never be lost.
 */
final class ContactLoad implements AutoCloseable {

  private final StackClient gateway;
  private final URI contacts;
  private final String drill;
  private final ScheduledExecutorService sender = Executors.newScheduledThreadPool(4);
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();

  private ContactLoad(StackClient gateway, URI intake, String drill) {
    this.gateway = gateway;
    this.contacts = intake.resolve("/api/v1/contacts");
    this.drill = drill;
  }

  /** Starts sending {@code perSecond} contacts a second until closed. */
  static ContactLoad start(StackClient gateway, URI intake, String drill, int perSecond) {
    ContactLoad load = new ContactLoad(gateway, intake, drill);
    load.sender.scheduleAtFixedRate(load::sendOne, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    return load;
  }

  private void sendOne() {
    int n = sent.incrementAndGet();
    try {
      StackClient.Answer answer =
          gateway.postJson(
              contacts,
              Map.of(
                  "channel",
                  "api",
                  "customer",
                  Map.of(
                      "email", "drill-" + drill + "-" + n + "@example.org", "name", "Drill " + n),
                  "subject",
                  "Drill " + drill + " contact " + n + ": the shared printer jams",
                  "description",
                  "The shared printer on floor " + n + " jams on every page.",
                  "impact",
                  "low",
                  "urgency",
                  "low"),
              "drill-" + drill + "-" + n);
      if (answer.ok()) {
        acknowledged.add(answer.body().path("ticket").path("id").asText());
      } else {
        failed.incrementAndGet();
      }
    } catch (Exception e) {
      failed.incrementAndGet(); // not acknowledged: the client would retry; nothing to check
    }
  }

  List<String> acknowledged() {
    return List.copyOf(acknowledged);
  }

  int failed() {
    return failed.get();
  }

  @Override
  public void close() throws InterruptedException {
    sender.shutdown();
    sender.awaitTermination(2, TimeUnit.MINUTES);
  }
}

package dev.switchboard.intake.contact;

import static dev.switchboard.intake.IntakeFixtures.AGENT;
import static dev.switchboard.intake.IntakeFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Contacts that arrive at the same moment: nothing is created twice, nothing waits needlessly. */
@QuarkusTest
class ConcurrentContactsTest {

  private static final int AT_ONCE = 6;

  @Test
  void firstContactsOfANewIdentityAtOnceMakeOneCustomer() {
    Person person = Person.fresh();
    List<Response> answers =
        atOnce(() -> post(person.token(), "/api/v1/contacts", portal("Printer offline")));

    assertThat(answers).extracting(Response::statusCode).containsOnly(201);
    assertThat(answers)
        .extracting(a -> a.<String>path("customerId"))
        .containsOnly(customerOf(answers));
  }

  @Test
  void aKnownCustomersContactsAtOnceEachOpenTheirOwnTicket() {
    Person person = Person.fresh();
    post(person.token(), "/api/v1/contacts", portal("First contact")).then().statusCode(201);

    List<Response> answers =
        atOnce(() -> post(person.token(), "/api/v1/contacts", portal("Monitor flickers")));

    assertThat(answers).extracting(Response::statusCode).containsOnly(201);
    assertThat(answers).extracting(a -> a.<String>path("ticket.id")).doesNotHaveDuplicates();
  }

  @Test
  void firstMessagesOfOneChatConversationAtOnceOpenOneTicket() {
    String handle = "chat-" + Person.fresh().user();
    post(AGENT, "/api/v1/contacts", chat(handle, "conv-earlier-" + handle, "Hello"))
        .then()
        .statusCode(201);
    String conversation = "conv-" + handle;

    List<Response> answers =
        atOnce(
            () -> post(AGENT, "/api/v1/contacts", chat(handle, conversation, "VPN drops again")));

    assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
    assertThat(answers)
        .filteredOn(a -> a.statusCode() == 200)
        .extracting(a -> a.<String>path("outcome"))
        .containsOnly("appended");
    assertThat(answers)
        .extracting(a -> a.<String>path("ticket.id"))
        .containsOnly(answers.get(0).<String>path("ticket.id"));
  }

  private static Map<String, Object> portal(String subject) {
    return Map.of("channel", "portal", "subject", subject, "description", subject + " since today");
  }

  private static Map<String, Object> chat(String handle, String conversation, String text) {
    return Map.of(
        "channel",
        "chat",
        "customer",
        Map.of("chatHandle", handle),
        "description",
        text,
        "conversationId",
        conversation);
  }

  private static String customerOf(List<Response> answers) {
    return answers.get(0).path("customerId");
  }

  private static List<Response> atOnce(Supplier<Response> call) {
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Response>> calls =
          IntStream.range(0, AT_ONCE)
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            try {
                              start.await();
                            } catch (InterruptedException e) {
                              Thread.currentThread().interrupt();
                            }
                            return call.get();
                          },
                          pool))
              .toList();
      start.countDown();
      return calls.stream().map(CompletableFuture::join).toList();
    } finally {
      pool.shutdownNow();
    }
  }
}

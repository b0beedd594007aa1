package dev.switchboard.intake.email.channel;

import static dev.switchboard.intake.email.channel.EmailFixtures.freshAddress;
import static dev.switchboard.intake.email.channel.EmailFixtures.mail;
import static dev.switchboard.intake.email.channel.EmailFixtures.messageId;
import static dev.switchboard.intake.email.channel.EmailFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrentDeliveryTest {

  private static final int DELIVERIES = 6;

  @Test
  void theSameMessageDeliveredSeveralTimesAtOnceIsOneTicketAndDuplicates() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(DELIVERIES);
    try {
      for (int round = 0; round < 3; round++) {
        String raw = mail(freshAddress("ana"), messageId(), "Wi-Fi gone", "no network at all");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> posts = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
          posts.add(
              CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      start.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    return post(raw);
                  },
                  pool));
        }
        start.countDown();
        List<Response> answers = posts.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(Response::statusCode).containsOnly(201, 200);
        assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
        assertThat(answers)
            .filteredOn(a -> a.statusCode() == 200)
            .extracting(a -> a.<String>path("outcome"))
            .containsOnly("duplicate");
        String number = answers.get(0).path("ticket.number");
        assertThat(answers).extracting(a -> a.<String>path("ticket.number")).containsOnly(number);
        assertThat(
                IntakeFixtures.ticket(IntakeFixtures.AGENT, number)
                    .getList("interactions.direction"))
            .containsOnlyOnce("inbound");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

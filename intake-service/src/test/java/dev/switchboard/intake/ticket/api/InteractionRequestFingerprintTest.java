package dev.switchboard.intake.ticket.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.intake.interaction.Visibility;
import dev.switchboard.intake.ticket.api.TicketRequests.InteractionRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * {@code IdempotentRequests} fingerprints the request as the app's ObjectMapper writes it, and
 * keeps the fingerprints it stored. A reply or note that logs no work must write as it did before
 * {@code timeSpentMinutes} existed, or a repeat of a request stored before then (or answered by an
 * instance not yet upgraded) would be refused with 422 instead of replayed.
 */
@QuarkusTest
class InteractionRequestFingerprintTest {

  @Inject ObjectMapper json;

  @Test
  void aRequestWithoutLoggedWorkWritesAsBeforeTheFieldExisted() throws Exception {
    assertThat(
            json.writeValueAsString(
                new InteractionRequest("Restart the VPN client.", Visibility.PUBLIC, null)))
        .isEqualTo("{\"body\":\"Restart the VPN client.\",\"visibility\":\"public\"}");
  }

  @Test
  void aRequestThatLogsWorkCarriesItInItsFingerprint() throws Exception {
    assertThat(
            json.writeValueAsString(
                new InteractionRequest("Restart the VPN client.", Visibility.PUBLIC, 15)))
        .contains("\"timeSpentMinutes\":15");
  }
}

package dev.switchboard.intake.email.channel;

import static dev.switchboard.intake.email.channel.EmailFixtures.freshAddress;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.switchboard.intake.IntakeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImapPollerTest {

  @Test
  void mailInTheDeskMailboxBecomesATicketAndMovesToProcessed() throws Exception {
    String carla = freshAddress("carla");
    GreenMailUtil.sendTextEmail(
        GreenMailResource.DESK,
        carla,
        "Badge does not open door 3",
        "Since this morning.",
        GreenMailResource.greenMail.getSmtp().getServerSetup());

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                given()
                        .auth()
                        .oauth2(IntakeFixtures.AGENT)
                        .get("/api/v1/customers?identity=email:" + carla)
                        .statusCode()
                    == 200);
    var imap = GreenMailResource.greenMail.getManagers().getImapHostManager();
    var desk =
        GreenMailResource.greenMail.getManagers().getUserManager().getUser(GreenMailResource.DESK);
    // The move is a copy, then an expunge when the poller closes the folder: wait for both.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                imap.getFolder(desk, "Processed") != null
                    && imap.getFolder(desk, "Processed").getMessageCount() > 0
                    && imap.getInbox(desk).getMessageCount() == 0);
    assertThat(imap.getFolder(desk, "Processed").getMessages())
        .anySatisfy(
            stored -> assertThat(stored.getMimeMessage().getFrom()[0].toString()).contains(carla));
  }
}

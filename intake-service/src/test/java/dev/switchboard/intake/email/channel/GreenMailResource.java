package dev.switchboard.intake.email.channel;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP and IMAP server (GreenMail) on free ports for the whole module: Quarkus Mailer sends
 * to it, and the IMAP poller reads the desk's mailbox from it.
 */
@QuarkusTestResource(value = GreenMailResource.class, parallel = true)
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

  static final String DESK = "support@switchboard.local";
  static final String DESK_PASSWORD = "desk-secret";
  static volatile GreenMail greenMail;

  @Override
  public Map<String, String> start() {
    ServerSetup smtp = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    ServerSetup imap = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
    greenMail = new GreenMail(new ServerSetup[] {smtp, imap});
    greenMail.start();
    greenMail.setUser(DESK, DESK, DESK_PASSWORD);
    return Map.ofEntries(
        Map.entry("quarkus.mailer.host", "127.0.0.1"),
        Map.entry("quarkus.mailer.port", String.valueOf(smtp.getPort())),
        Map.entry("quarkus.mailer.tls", "false"),
        Map.entry("quarkus.mailer.start-tls", "DISABLED"),
        Map.entry("switchboard.email.imap.mailboxes.desk.host", "127.0.0.1"),
        Map.entry("switchboard.email.imap.mailboxes.desk.port", String.valueOf(imap.getPort())),
        Map.entry("switchboard.email.imap.mailboxes.desk.tls", "false"),
        Map.entry("switchboard.email.imap.mailboxes.desk.username", DESK),
        Map.entry("switchboard.email.imap.mailboxes.desk.password", DESK_PASSWORD));
  }

  @Override
  public void stop() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

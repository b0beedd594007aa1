package dev.switchboard.intake.email;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings of the e-mail channel ({@code switchboard.email.*}). */
@ConfigMapping(prefix = "switchboard.email")
public interface EmailConfig {

  /** Domain of the Message-IDs we generate; mail carrying it coming back in is a loop. */
  @WithDefault("switchboard.local")
  String messageIdDomain();

  /** Sender of outbound mail (and the desk's mailbox). */
  @WithDefault("support@switchboard.local")
  String fromAddress();

  /** Further addresses of the desk: never treated as customers or CC participants. */
  Optional<List<String>> ownAddresses();

  /** Senders from these domains are agents: they may write to any ticket by number. */
  Optional<List<String>> agentDomains();

  /** At most this many automatic mails (acknowledgements, notices) per address per hour. */
  @WithDefault("5")
  int maxAutomaticPerHour();

  /** A larger attachment is dropped with a note; the message is still accepted. */
  @WithDefault("20971520")
  long maxAttachmentBytes();

  @WithDefault("52428800")
  long maxTotalAttachmentBytes();

  /** Largest raw message accepted by the HTTP endpoint (413 beyond). */
  @WithDefault("26214400")
  long maxMessageBytes();

  /** Where a customer confirms a resolution; {@code {number}} is replaced by the ticket number. */
  @WithDefault("http://localhost:8081/portal/tickets/{number}/confirmation")
  String confirmationUrl();

  Outbound outbound();

  Imap imap();

  /** SMTP delivery from the outbox. */
  interface Outbound {
    @WithDefault("1s")
    Duration pollInterval();

    /** Attempts before a message is marked failed (backoff doubles from 10 s). */
    @WithDefault("8")
    int maxAttempts();
  }

  /** IMAP mailboxes polled for mail; none by default (the poller is then idle). */
  interface Imap {
    @WithDefault("30s")
    String pollInterval();

    Map<String, Mailbox> mailboxes();
  }

  /** One polled mailbox. */
  interface Mailbox {
    String host();

    @WithDefault("993")
    int port();

    /** IMAPS (TLS from the start); false means plain IMAP, for tests only. */
    @WithDefault("true")
    boolean tls();

    String username();

    String password();

    @WithDefault("INBOX")
    String folder();

    /** Processed mail is moved here (created if missing). */
    @WithDefault("Processed")
    String processedFolder();
  }
}

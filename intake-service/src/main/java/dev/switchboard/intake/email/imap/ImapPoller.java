package dev.switchboard.intake.email.imap;

import dev.switchboard.intake.email.EmailConfig;
import dev.switchboard.intake.email.inbound.EmailIntake;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Polls the configured IMAP mailboxes (none by default: then it does nothing). Each unread message
 * goes through {@link EmailIntake}; once it is recorded it is moved to the processed folder. A
 * message that fails stays in the mailbox, unread, and is tried again on the next poll: nothing is
 * ever deleted that was not recorded.
 */
@ApplicationScoped
public class ImapPoller {

  private static final Logger LOG = Logger.getLogger(ImapPoller.class);

  private final EmailConfig config;
  private final EmailIntake intake;

  ImapPoller(EmailConfig config, EmailIntake intake) {
    this.config = config;
    this.intake = intake;
  }

  @Scheduled(
      every = "${switchboard.email.imap.poll-interval:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    for (Map.Entry<String, EmailConfig.Mailbox> mailbox : config.imap().mailboxes().entrySet()) {
      try {
        poll(mailbox.getKey(), mailbox.getValue());
      } catch (MessagingException | RuntimeException unreachable) {
        LOG.warnf("polling mailbox %s failed: %s", mailbox.getKey(), unreachable.toString());
      }
    }
  }

  private void poll(String name, EmailConfig.Mailbox mailbox) throws MessagingException {
    String protocol = mailbox.tls() ? "imaps" : "imap";
    Properties properties = new Properties();
    properties.put("mail." + protocol + ".connectiontimeout", "10000");
    properties.put("mail." + protocol + ".timeout", "30000");
    Session session = Session.getInstance(properties);
    try (Store store = session.getStore(protocol)) {
      store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
      Folder processed = store.getFolder(mailbox.processedFolder());
      if (!processed.exists()) {
        processed.create(Folder.HOLDS_MESSAGES);
      }
      Folder inbox = store.getFolder(mailbox.folder());
      inbox.open(Folder.READ_WRITE);
      try {
        for (Message message : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
          process(name, inbox, processed, message);
        }
      } finally {
        inbox.close(true); // expunges only the messages moved to the processed folder
      }
    }
  }

  private void process(String name, Folder inbox, Folder processed, Message message)
      throws MessagingException {
    try {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      message.writeTo(raw);
      intake.receive(raw.toByteArray(), "imap:" + name);
      inbox.copyMessages(new Message[] {message}, processed);
      message.setFlag(Flags.Flag.DELETED, true);
    } catch (IOException | MessagingException | RuntimeException failure) {
      LOG.warnf(
          "message %d of mailbox %s stays unread: %s", message.getMessageNumber(), name, failure);
      message.setFlag(Flags.Flag.SEEN, false);
    }
  }
}

package dev.switchboard.intake.email.outbound;

import dev.switchboard.intake.contact.OutboundMessage;
import dev.switchboard.intake.email.EmailConfig;
import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.interaction.Interaction;
import dev.switchboard.intake.interaction.InteractionKind;
import dev.switchboard.intake.ticket.Ticket;
import dev.switchboard.intake.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Delivers what the desk says on e-mail tickets (agent replies, resolution notices with the
 * confirmation link, major-incident updates, auto-close notices). Observed inside the transaction
 * that recorded the interaction: the mail is queued in the outbox there, so it is sent exactly when
 * that transaction commits.
 */
@ApplicationScoped
public class EmailNotifications {

  private final MailOutbox outbox;
  private final EmailConfig config;

  EmailNotifications(MailOutbox outbox, EmailConfig config) {
    this.outbox = outbox;
    this.config = config;
  }

  void onOutbound(@Observes OutboundMessage message) {
    if (message.channel() != Channel.EMAIL || message.to() == null) {
      return;
    }
    String messageId = outbox.newMessageId();
    Interaction interaction = Interaction.findById(message.interactionId());
    if (interaction != null) {
      interaction.externalId = messageId; // replies to this mail thread back to the ticket
    }
    boolean automatic = message.kind() != InteractionKind.REPLY;
    outbox.queue(
        new MailOutbox.Draft(
            message.ticketId(),
            message.to(),
            message.cc(),
            message.subject(),
            body(message),
            message.references(),
            automatic),
        messageId,
        message.interactionId());
  }

  private String body(OutboundMessage message) {
    Ticket ticket = Ticket.findById(message.ticketId());
    if (message.kind() == InteractionKind.NOTIFICATION
        && ticket != null
        && ticket.status == TicketStatus.RESOLVED) {
      return message.body()
          + "\n\nConfirm the resolution or tell us it is not solved: "
          + config
              .confirmationUrl()
              .replace("{number}", ticket.number)
              .replace("{id}", ticket.id.toString())
          + "\n";
    }
    return message.body();
  }
}

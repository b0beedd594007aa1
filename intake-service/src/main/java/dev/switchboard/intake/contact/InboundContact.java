package dev.switchboard.intake.contact;

import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.interaction.InteractionKind;
import java.util.List;
import java.util.UUID;

/**
 * One inbound contact from any channel, already parsed by that channel. This is the channel-neutral
 * input of {@link ContactIntake}.
 *
 * @param channel where it came in
 * @param sender the customer's identity on that channel
 * @param author who entered it (customer, agent logging a call, mail gateway)
 * @param subject short subject; may be null for chat messages
 * @param bodyText plain text body (required, may be empty for a bounce)
 * @param bodyHtml sanitised HTML body or null; stored as is, so it must be safe to render
 * @param ticketId continue exactly this ticket (e-mail threading decided it); joins only if the
 *     sender may write to it, otherwise the reference is ignored
 * @param ticketNumber a ticket number the customer quoted ({@code SD-1042}); same rule as ticketId
 * @param conversationId chat conversation: every message of one conversation joins one ticket
 * @param kind {@link InteractionKind#CONTACT} for a real contact; {@code AUTO_REPLY}, {@code
 *     BOUNCE}, {@code LOOP} are recorded but never open or reopen; {@code COURTESY} may be passed
 *     when the channel knows, otherwise intake detects it after resolution
 * @param mayOpenTicket false when the contact must only be recorded (joins an open ticket or stays
 *     on the timeline without a ticket); inert kinds are never allowed to open anything
 * @param externalId the channel's id of this message (e-mail Message-ID); stored on the interaction
 * @param inReplyTo the channel's ids this message refers to (In-Reply-To, References); stored
 * @param cc parties copied on the message: they become participants of the ticket and may write to
 *     it later
 * @param hints type, category, catalog item, impact, urgency if the contact states them
 */
public record InboundContact(
    Channel channel,
    Sender sender,
    Author author,
    String subject,
    String bodyText,
    String bodyHtml,
    UUID ticketId,
    String ticketNumber,
    String conversationId,
    InteractionKind kind,
    boolean mayOpenTicket,
    String externalId,
    List<String> inReplyTo,
    List<String> cc,
    TicketHints hints) {

  public InboundContact {
    if (channel == null || sender == null || author == null || kind == null) {
      throw new IllegalArgumentException("channel, sender, author and kind are required");
    }
    inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
    cc = cc == null ? List.of() : List.copyOf(cc);
    hints = hints == null ? TicketHints.NONE : hints;
    bodyText = bodyText == null ? "" : bodyText;
  }
}

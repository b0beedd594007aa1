package dev.switchboard.intake.contact.api;

import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.ticket.Level;
import dev.switchboard.intake.ticket.TicketType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/contacts}.
 *
 * @param customer who the contact is from; ignored for a caller with role {@code customer}, who is
 *     always themselves
 * @param externalId optional id of the message in the caller's system: a second contact with the
 *     same channel and id from the same customer is answered {@code duplicate}; another customer's
 *     contact with that id is a new contact
 */
public record ContactRequest(
    @NotNull Channel channel,
    @Valid CustomerRef customer,
    @Size(max = 500) String subject,
    @NotBlank @Size(max = 100_000) String description,
    TicketType type,
    @Size(max = 200) String catalogItem,
    @Size(max = 200) String category,
    Level impact,
    Level urgency,
    @Size(max = 40) String ticketNumber,
    @Size(max = 200) String conversationId,
    @Size(max = 500) String externalId) {

  /** The customer's identities on the channel. */
  public record CustomerRef(
      @Size(max = 320) String email,
      @Size(max = 40) String phone,
      @Size(max = 200) String chatHandle,
      @Size(max = 200) String name) {}
}

package dev.switchboard.intake.contact;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.intake.json.WireEnum;
import java.util.UUID;

/**
 * What became of a contact: the answer body of {@code POST /contacts} and {@code POST
 * /channels/email}.
 *
 * @param ticket null when the contact was recorded without a ticket (an ignored message that refers
 *     to none)
 * @param reason why it was ignored ({@code auto_reply}, {@code bounce}, {@code loop}); null
 *     otherwise
 * @param ticketOpened true when this contact opened the ticket (also when it was then linked to a
 *     major incident): the HTTP answer is 201 then, 200 otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactOutcome(
    Outcome outcome,
    UUID interactionId,
    UUID customerId,
    TicketSummary ticket,
    String reason,
    @JsonIgnore boolean ticketOpened) {

  /** The outcome values of API.md. */
  public enum Outcome implements WireEnum {
    CREATED,
    APPENDED,
    LINKED_TO_MAJOR_INCIDENT,
    DUPLICATE,
    IGNORED;

    @Override
    public String toString() {
      return wire();
    }
  }

  /** The ticket part of the answer. Enum values as wire names. */
  public record TicketSummary(
      UUID id,
      String number,
      String type,
      String category,
      String impact,
      String urgency,
      String priority,
      String status) {}

  /** 201 when a ticket was opened, 200 otherwise. */
  public int httpStatus() {
    return ticketOpened ? 201 : 200;
  }
}

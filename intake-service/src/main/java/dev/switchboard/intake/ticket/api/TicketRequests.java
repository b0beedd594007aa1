package dev.switchboard.intake.ticket.api;

import dev.switchboard.intake.interaction.Visibility;
import dev.switchboard.intake.ticket.Level;
import dev.switchboard.intake.ticket.TicketStatus;
import dev.switchboard.intake.ticket.TicketType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Request bodies of the ticket endpoints. */
public final class TicketRequests {

  private TicketRequests() {}

  /** {@code POST /tickets/{id}/interactions}: a reply or note ({@code public} by default). */
  public record InteractionRequest(
      @NotBlank @Size(max = 100_000) String body, Visibility visibility) {}

  /** {@code POST /tickets/{id}/transitions}. */
  public record TransitionRequest(
      @NotNull TicketStatus to,
      @Size(max = 2000) String reason,
      @Valid ResolutionBody resolution) {}

  /** How a ticket was resolved; {@code articleId} names the knowledge article that solved it. */
  public record ResolutionBody(
      @Size(max = 100) String code, @Size(max = 10_000) String summary, UUID articleId) {}

  /** {@code POST /tickets/{id}/confirmation}: the customer's answer to the resolution. */
  public record ConfirmationRequest(
      @NotNull Boolean resolved, @Size(max = 10_000) String comment) {}

  /**
   * {@code PATCH /tickets/{id}}: an agent corrects classification or priority inputs; every field
   * optional.
   */
  public record TicketCorrection(
      TicketType type,
      @Size(max = 200) String category,
      @Size(max = 200) String catalogItem,
      Level impact,
      Level urgency) {}
}

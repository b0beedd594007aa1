package dev.switchboard.intake.ticket.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.intake.interaction.Visibility;
import dev.switchboard.intake.ticket.Level;
import dev.switchboard.intake.ticket.TicketStatus;
import dev.switchboard.intake.ticket.TicketType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Request bodies of the ticket endpoints. */
public final class TicketRequests {

  /** The most work one request may log: a day. */
  static final int MAX_MINUTES = 1440;

  private TicketRequests() {}

  /**
   * {@code POST /tickets/{id}/interactions}: a reply or note ({@code public} by default); {@code
   * timeSpentMinutes} is the agent's work on it (staff only). Left out of the JSON when null, so
   * that a request logging no work has the {@code Idempotency-Key} fingerprint it had before the
   * field existed.
   */
  public record InteractionRequest(
      @NotBlank @Size(max = 100_000) String body,
      Visibility visibility,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Min(0) @Max(MAX_MINUTES)
          Integer timeSpentMinutes) {}

  /**
   * {@code POST /tickets/{id}/transitions}; {@code timeSpentMinutes} is the agent's work done with
   * the move (while resolving, say).
   */
  public record TransitionRequest(
      @NotNull TicketStatus to,
      @Size(max = 2000) String reason,
      @Valid ResolutionBody resolution,
      @Min(0) @Max(MAX_MINUTES) Integer timeSpentMinutes) {}

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

package dev.switchboard.routing.rule.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A routing rule: every condition set in {@code match} must hold; the first enabled rule by {@code
 * position} sends the ticket to {@code targetGroup}, where an agent with all {@code requiredSkills}
 * is chosen.
 */
public record RuleRequest(
    @Pattern(regexp = "[A-Za-z0-9._-]{1,100}", message = "must be a slug") String id,
    @NotBlank @Size(max = 200) String name,
    @NotNull @Min(0) @Max(1_000_000) Integer position,
    Boolean enabled,
    @Valid Match match,
    @NotBlank @Size(max = 100) String targetGroup,
    List<@NotBlank String> requiredSkills) {

  /** The conditions; null fields match anything. */
  public record Match(
      @Pattern(
              regexp = "incident|service_request",
              message = "must be one of incident, service_request")
          String type,
      @Size(max = 200) String categoryPrefix,
      List<
              @NotNull @Pattern(regexp = "p[1-5]", message = "must be one of p1, p2, p3, p4, p5")
              String>
          priorities,
      @Pattern(
              regexp = "portal|api|email|chat|phone|walk_in",
              message = "must be one of portal, api, email, chat, phone, walk_in")
          String channel,
      Boolean negativeSentiment,
      Boolean repeatedContacts,
      Boolean openMajorIncident,
      // intake counts a customer's contacts of the week up to 1,000
      @Min(0) @Max(100) Integer minContactsLast7Days) {}
}

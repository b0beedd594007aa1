package dev.switchboard.intake.interaction;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an interaction is, on the timeline and in {@code InteractionEvent.kind}. */
public enum InteractionKind {
  /** A customer's contact: opens, joins or reopens a ticket. */
  CONTACT,
  /** A thank-you after resolution: recorded, never reopens. */
  COURTESY,
  /** An automatic answer (out of office…): recorded, never opens or reopens. */
  AUTO_REPLY,
  /** A delivery failure report: recorded on the ticket it refers to, never opens or reopens. */
  BOUNCE,
  /** A message from a mail loop: recorded, never opens or reopens. */
  LOOP,
  /** An agent's reply to the customer. */
  REPLY,
  /** An agent's internal note. */
  NOTE,
  /** The desk's receipt of a new contact. */
  ACKNOWLEDGEMENT,
  /** A message from the desk: major-incident update, resolution notice, auto-close notice. */
  NOTIFICATION,
  /** The customer's answer to a resolution. */
  CONFIRMATION;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wire();
  }

  /** Kinds that can never open or reopen a ticket, whatever the caller says. */
  public boolean isInert() {
    return this == AUTO_REPLY || this == BOUNCE || this == LOOP;
  }
}

package dev.switchboard.intake.interaction;

import dev.switchboard.intake.json.WireEnum;

/** What an interaction is, on the timeline and in {@code InteractionEvent.kind}. */
public enum InteractionKind implements WireEnum {
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
  /**
   * A message from the desk: acknowledgement of a new contact, major-incident update, resolution
   * and auto-close notices, CSAT survey links.
   */
  NOTIFICATION;

  @Override
  public String toString() {
    return wire();
  }

  /**
   * The kind as {@code InteractionEvent.kind} names it; a mail loop is an automatic message there
   * ({@code auto_reply}).
   */
  public String eventKind() {
    return this == LOOP ? AUTO_REPLY.wire() : wire();
  }

  /** Kinds that can never open or reopen a ticket, whatever the caller says. */
  public boolean isInert() {
    return this == AUTO_REPLY || this == BOUNCE || this == LOOP;
  }
}

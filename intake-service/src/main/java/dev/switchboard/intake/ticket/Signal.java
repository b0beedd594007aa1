package dev.switchboard.intake.ticket;

import dev.switchboard.intake.json.WireEnum;

/** Moment-of-truth flags on a ticket that routing uses to escalate. */
public enum Signal implements WireEnum {
  /** Impact or urgency were missing and got the desk's defaults. */
  NEEDS_TRIAGE,
  /** The customer's wording is clearly negative. */
  NEGATIVE_SENTIMENT,
  /** The customer made 3 or more contacts within 24 hours. */
  REPEATED_CONTACTS,
  /** The ticket is linked to a major incident. */
  MAJOR_INCIDENT;

  @Override
  public String toString() {
    return wire();
  }
}

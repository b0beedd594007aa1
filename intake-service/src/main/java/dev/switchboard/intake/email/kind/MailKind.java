package dev.switchboard.intake.email.kind;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a received message is, as far as ticketing is concerned. */
public enum MailKind {
  /** Written by a person: may open or continue a ticket. */
  NORMAL("normal"),
  /** Vacation / out-of-office / other automatic responses (RFC 3834 and common conventions). */
  AUTO_REPLY("auto_reply"),
  /** A non-delivery or delay report (DSN, RFC 3464) or a plain-text bounce. */
  BOUNCE("bounce"),
  /** An abuse or feedback report (ARF, RFC 5965). */
  FEEDBACK_REPORT("feedback_report"),
  /** Our own outbound mail coming back to us. */
  LOOP("loop");

  private final String wireName;

  MailKind(String wireName) {
    this.wireName = wireName;
  }

  /** Automatic mail never opens or reopens a ticket and never gets a reply. */
  public boolean automatic() {
    return this != NORMAL;
  }

  @JsonValue
  @Override
  public String toString() {
    return wireName;
  }
}

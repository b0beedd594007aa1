package dev.switchboard.intake.ticket;

import dev.switchboard.intake.json.WireEnum;
import java.util.EnumSet;
import java.util.Set;

/**
 * The ticket lifecycle of API.md: {@code new → assigned → in_progress ⇄ pending → resolved →
 * closed}, {@code resolved → reopened} and from there back into work. A ticket may be resolved from
 * any working state (first-contact resolution resolves a new ticket); closed is final.
 */
public enum TicketStatus implements WireEnum {
  NEW,
  ASSIGNED,
  IN_PROGRESS,
  PENDING,
  RESOLVED,
  CLOSED,
  REOPENED;

  @Override
  public String toString() {
    return wire();
  }

  /** The statuses a ticket may move to from this one. */
  public Set<TicketStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED);
      case ASSIGNED -> EnumSet.of(ASSIGNED, IN_PROGRESS, PENDING, RESOLVED);
      case IN_PROGRESS -> EnumSet.of(ASSIGNED, PENDING, RESOLVED);
      case PENDING -> EnumSet.of(IN_PROGRESS, RESOLVED);
      case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
      case REOPENED -> EnumSet.of(ASSIGNED, IN_PROGRESS, PENDING, RESOLVED);
      case CLOSED -> EnumSet.noneOf(TicketStatus.class);
    };
  }

  public boolean canMoveTo(TicketStatus target) {
    return next().contains(target);
  }

  /** Open tickets are still being worked on (or waiting); resolved and closed ones are not. */
  public boolean isOpen() {
    return this != RESOLVED && this != CLOSED;
  }
}

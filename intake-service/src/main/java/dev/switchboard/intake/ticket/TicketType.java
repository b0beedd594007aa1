package dev.switchboard.intake.ticket;

import dev.switchboard.intake.json.WireEnum;
import dev.switchboard.intake.json.WireNames;

/** Something broke ({@code incident}) or something is wanted ({@code service_request}). */
public enum TicketType implements WireEnum {
  INCIDENT,
  SERVICE_REQUEST;

  @Override
  public String toString() {
    return wire();
  }

  public static TicketType fromWire(String value) {
    return WireNames.parse(TicketType.class, value);
  }
}

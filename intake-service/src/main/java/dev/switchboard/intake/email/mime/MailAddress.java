package dev.switchboard.intake.email.mime;

import java.util.Locale;

/**
 * One mailbox of an address header: the address (lower-cased domain) and the decoded display name.
 */
public record MailAddress(String address, String displayName) {

  public MailAddress {
    address = address == null ? "" : ParsedMail.storable(address).trim();
    displayName = displayName == null ? "" : ParsedMail.storable(displayName).trim();
  }

  /** The address in the form used to compare and look up identities. */
  public String normalized() {
    return address.toLowerCase(Locale.ROOT);
  }

  /** Whether the address has the {@code local@domain} shape a reply could be delivered to. */
  public boolean deliverable() {
    return address.matches("[^@\\s<>()\",;]+@[^@\\s<>()\",;]+\\.[^@\\s<>()\",;.]+");
  }

  @Override
  public String toString() {
    return displayName.isEmpty() ? address : displayName + " <" + address + ">";
  }
}

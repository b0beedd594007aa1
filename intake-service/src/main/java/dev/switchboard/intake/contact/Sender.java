package dev.switchboard.intake.contact;

/**
 * Who a contact comes from, as the channel knows them. At least one identity is needed; every
 * identity given is attached to the customer found (or created), so the next contact through any of
 * them lands on the same timeline.
 *
 * @param email matched case-insensitively
 * @param phone any common notation; normalised to E.164
 * @param chatHandle the chat widget's handle
 * @param oidcSubject the {@code sub} of a customer's token
 * @param name display name, kept when the customer has none yet
 */
public record Sender(
    String email, String phone, String chatHandle, String oidcSubject, String name) {

  public static Sender byEmail(String email, String name) {
    return new Sender(email, null, null, null, name);
  }
}

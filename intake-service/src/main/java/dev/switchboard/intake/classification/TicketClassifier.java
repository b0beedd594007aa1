package dev.switchboard.intake.classification;

/**
 * Tells incident from service request and suggests a category from a contact's text, for contacts
 * that do not say so themselves (an explicit type or a catalog item always wins).
 */
public interface TicketClassifier {

  Classification classify(String subject, String description);
}

package dev.switchboard.routing.rule;

/** What routing rules may look at: the ticket's classification and the customer's signals. */
public record TicketFacts(
    String type,
    String category,
    String priority,
    String channel,
    boolean negativeSentiment,
    boolean repeatedContacts,
    boolean openMajorIncident,
    int contactsLast7Days) {}

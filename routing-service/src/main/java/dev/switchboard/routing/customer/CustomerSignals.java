package dev.switchboard.routing.customer;

/** The moment-of-truth signals intake knows about a customer. */
public record CustomerSignals(
    int contactsLast7Days, boolean openMajorIncident, boolean negativeSentiment) {}

package dev.switchboard.intake.survey;

/** The words that carry a CSAT survey link to the customer, by mail or on the ticket. */
public record SurveyInvitation(String ticketNumber, String surveyUrl) {

  /** The mail's subject, with the ticket number so that an answer threads back. */
  public String subject() {
    return "[" + ticketNumber + "] How did we do?";
  }

  public String body() {
    return "Hello,\n\nhow satisfied are you with how we handled "
        + ticketNumber
        + "? One click, no login:\n\n"
        + surveyUrl
        + "\n\nThis is an automatic message.\n";
  }
}

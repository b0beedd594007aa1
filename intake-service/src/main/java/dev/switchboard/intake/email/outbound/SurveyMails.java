package dev.switchboard.intake.email.outbound;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.experience.ExperienceEvent;
import dev.switchboard.eventing.inbox.ConsumerTransactions;
import dev.switchboard.eventing.inbox.Inbox;
import dev.switchboard.intake.customer.Customer;
import dev.switchboard.intake.customer.IdentityKind;
import dev.switchboard.intake.ticket.Ticket;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Mails the CSAT survey link that metrics-service asks for on e-mail tickets. */
@ApplicationScoped
public class SurveyMails {

  private final Inbox inbox;
  private final MailOutbox outbox;
  private final ConsumerTransactions transactions;

  SurveyMails(Inbox inbox, MailOutbox outbox, ConsumerTransactions transactions) {
    this.inbox = inbox;
    this.outbox = outbox;
    this.transactions = transactions;
  }

  @Incoming("experience")
  @Blocking
  void onExperienceEvent(ConsumerRecord<String, String> record) {
    transactions.run("experience event " + record.key(), () -> surveyRequested(record));
  }

  private void surveyRequested(ConsumerRecord<String, String> record) {
    inbox
        .receive("intake-service-email", record)
        .filter(event -> event.type() == EventType.SURVEY_REQUESTED)
        .map(event -> event.payload(ExperienceEvent.class))
        .filter(survey -> "email".equals(survey.channel()) && survey.surveyUrl() != null)
        .ifPresent(this::send);
  }

  private void send(ExperienceEvent survey) {
    Ticket ticket = Ticket.findById(survey.ticketId());
    Customer customer = Customer.findById(survey.customerId());
    String to = customer == null ? null : customer.identity(IdentityKind.EMAIL).orElse(null);
    if (ticket == null || to == null) {
      return;
    }
    outbox.queueAndRecord(
        new MailOutbox.Draft(
            ticket.id,
            to,
            List.of(),
            "[" + ticket.number + "] How did we do?",
            "Hello,\n\nhow satisfied are you with how we handled "
                + ticket.number
                + "? One click, no login:\n\n"
                + survey.surveyUrl()
                + "\n\nThis is an automatic message.\n",
            List.of(),
            true));
  }
}

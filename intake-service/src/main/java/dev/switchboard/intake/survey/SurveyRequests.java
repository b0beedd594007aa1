package dev.switchboard.intake.survey;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.experience.ExperienceEvent;
import dev.switchboard.eventing.inbox.ConsumerTransactions;
import dev.switchboard.eventing.inbox.Inbox;
import dev.switchboard.intake.contact.CustomerNotifier;
import dev.switchboard.intake.customer.Customer;
import dev.switchboard.intake.customer.IdentityKind;
import dev.switchboard.intake.email.outbound.MailOutbox;
import dev.switchboard.intake.interaction.InteractionKind;
import dev.switchboard.intake.ticket.Ticket;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Sends the CSAT survey link that metrics-service asks for ({@code survey-requested}) on the
 * ticket's own channel ({@link SurveyRoute}). The inbox claims each event in the transaction that
 * records the link, so a redelivered request records and sends nothing new.
 */
@ApplicationScoped
public class SurveyRequests {

  /**
   * The inbox name (and the channel's consumer group) date from when only e-mail tickets got a
   * survey; they stay, so that the events already claimed stay claimed.
   */
  private static final String CONSUMER = "intake-service-email";

  private final Inbox inbox;
  private final MailOutbox mail;
  private final CustomerNotifier notifier;
  private final ConsumerTransactions transactions;

  SurveyRequests(
      Inbox inbox, MailOutbox mail, CustomerNotifier notifier, ConsumerTransactions transactions) {
    this.inbox = inbox;
    this.mail = mail;
    this.notifier = notifier;
    this.transactions = transactions;
  }

  @Incoming("experience")
  @Blocking
  void onExperienceEvent(ConsumerRecord<String, String> record) {
    transactions.run("experience event " + record.key(), () -> surveyRequested(record));
  }

  private void surveyRequested(ConsumerRecord<String, String> record) {
    inbox
        .receive(CONSUMER, record)
        .filter(event -> event.type() == EventType.SURVEY_REQUESTED)
        .map(event -> event.payload(ExperienceEvent.class))
        .filter(survey -> survey.surveyUrl() != null)
        .ifPresent(this::send);
  }

  private void send(ExperienceEvent survey) {
    Ticket ticket = Ticket.findById(survey.ticketId());
    if (ticket == null) {
      return;
    }
    SurveyInvitation invitation = new SurveyInvitation(ticket.number, survey.surveyUrl());
    Optional<String> email =
        Optional.ofNullable(Customer.<Customer>findById(ticket.customerId))
            .flatMap(customer -> customer.identity(IdentityKind.EMAIL));
    switch (SurveyRoute.forTicket(ticket.channel, email.isPresent())) {
      case MAIL ->
          mail.queueAndRecord(
              new MailOutbox.Draft(
                  ticket.id,
                  email.get(),
                  List.of(),
                  invitation.subject(),
                  invitation.body(),
                  List.of(),
                  true));
      case NOTIFICATION ->
          notifier.tell(
              ticket, InteractionKind.NOTIFICATION, "system", "system", invitation.body());
    }
  }
}

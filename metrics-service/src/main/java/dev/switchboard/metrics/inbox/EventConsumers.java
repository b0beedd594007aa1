package dev.switchboard.metrics.inbox;

import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.eventing.inbox.ConsumerTransactions;
import dev.switchboard.eventing.inbox.Inbox;
import dev.switchboard.eventing.inbox.ReceivedEvent;
import dev.switchboard.metrics.automation.AutomationCandidates;
import dev.switchboard.metrics.problem.ProblemCandidates;
import dev.switchboard.metrics.projection.ExperienceProjection;
import dev.switchboard.metrics.survey.SurveyService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The live consumers of every topic. Each event is claimed twice in the inbox, in one transaction:
 * once for the projection (a rebuild resets that claim and replays), once for the reactions
 * (surveys, improvement candidates), which must never run twice, not even after a rebuild.
 */
@ApplicationScoped
public class EventConsumers {

  static final String REACTIONS = "metrics-reactions";

  private final Inbox inbox;
  private final ExperienceProjection projection;
  private final SurveyService surveys;
  private final ProblemCandidates problems;
  private final AutomationCandidates automation;
  private final ConsumerTransactions transactions;

  EventConsumers(
      Inbox inbox,
      ExperienceProjection projection,
      SurveyService surveys,
      ProblemCandidates problems,
      AutomationCandidates automation,
      ConsumerTransactions transactions) {
    this.inbox = inbox;
    this.projection = projection;
    this.surveys = surveys;
    this.problems = problems;
    this.automation = automation;
    this.transactions = transactions;
  }

  @Incoming("tickets")
  @Blocking
  void onTicketEvent(ConsumerRecord<String, String> record) {
    transactions.run(
        "ticket event " + record.key(),
        () -> {
          projectNow(record);
          inbox.receive(REACTIONS, record).ifPresent(this::react);
        });
  }

  @Incoming("interactions")
  @Blocking
  void onInteractionEvent(ConsumerRecord<String, String> record) {
    project(record);
  }

  @Incoming("routing")
  @Blocking
  void onRoutingEvent(ConsumerRecord<String, String> record) {
    project(record);
  }

  @Incoming("knowledge")
  @Blocking
  void onKnowledgeEvent(ConsumerRecord<String, String> record) {
    project(record);
  }

  @Incoming("experience")
  @Blocking
  void onExperienceEvent(ConsumerRecord<String, String> record) {
    project(record);
  }

  /** Projects the event in a transaction of its own. */
  private void project(ConsumerRecord<String, String> record) {
    transactions.run(record.topic() + " event " + record.key(), () -> projectNow(record));
  }

  private void projectNow(ConsumerRecord<String, String> record) {
    inbox.receive(ExperienceProjection.CONSUMER, record).ifPresent(projection::apply);
  }

  private void react(ReceivedEvent event) {
    TicketEvent ticket = event.payload(TicketEvent.class);
    switch (event.type()) {
      case TICKET_CREATED, TICKET_CLASSIFIED -> {
        if ("incident".equals(ticket.type())) {
          problems.onIncident(ticket.ticketId());
        }
      }
      case TICKET_RESOLVED -> {
        surveys.onTicketResolved(
            ticket, ticket.occurredAt() != null ? ticket.occurredAt() : event.time());
        if ("service_request".equals(ticket.type())) {
          automation.onRequestResolved(ticket.ticketId());
        }
      }
      default -> {}
    }
  }
}

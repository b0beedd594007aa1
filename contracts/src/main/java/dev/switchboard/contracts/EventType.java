package dev.switchboard.contracts;

import dev.switchboard.contracts.experience.ExperienceEvent;
import dev.switchboard.contracts.interaction.InteractionEvent;
import dev.switchboard.contracts.knowledge.KnowledgeEvent;
import dev.switchboard.contracts.routing.RoutingEvent;
import dev.switchboard.contracts.ticket.TicketEvent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every CloudEvents {@code type} the suite emits, with its topic and payload record. Consumers
 * dispatch on these constants, never on raw strings; the AsyncAPI document and the JSON Schemas in
 * {@code schemas/} list the same names (a test keeps the three in step).
 */
public enum EventType {
  TICKET_CREATED("switchboard.ticket.created.v1", Topic.TICKETS, TicketEvent.class),
  TICKET_CLASSIFIED("switchboard.ticket.classified.v1", Topic.TICKETS, TicketEvent.class),
  TICKET_UPDATED("switchboard.ticket.updated.v1", Topic.TICKETS, TicketEvent.class),
  TICKET_STATUS_CHANGED("switchboard.ticket.status-changed.v1", Topic.TICKETS, TicketEvent.class),
  TICKET_RESOLVED("switchboard.ticket.resolved.v1", Topic.TICKETS, TicketEvent.class),
  TICKET_REOPENED("switchboard.ticket.reopened.v1", Topic.TICKETS, TicketEvent.class),
  TICKET_CLOSED("switchboard.ticket.closed.v1", Topic.TICKETS, TicketEvent.class),
  TICKET_LINKED("switchboard.ticket.linked.v1", Topic.TICKETS, TicketEvent.class),

  INTERACTION_RECORDED(
      "switchboard.interaction.recorded.v1", Topic.INTERACTIONS, InteractionEvent.class),

  TICKET_ASSIGNED("switchboard.routing.assigned.v1", Topic.ROUTING, RoutingEvent.class),
  TICKET_REASSIGNED("switchboard.routing.reassigned.v1", Topic.ROUTING, RoutingEvent.class),
  TICKET_ESCALATED("switchboard.routing.escalated.v1", Topic.ROUTING, RoutingEvent.class),
  SWARM_STARTED("switchboard.routing.swarm-started.v1", Topic.ROUTING, RoutingEvent.class),
  SWARM_JOINED("switchboard.routing.swarm-joined.v1", Topic.ROUTING, RoutingEvent.class),
  SWARM_LEFT("switchboard.routing.swarm-left.v1", Topic.ROUTING, RoutingEvent.class),
  SWARM_ENDED("switchboard.routing.swarm-ended.v1", Topic.ROUTING, RoutingEvent.class),
  SLA_WARNING("switchboard.routing.sla-warning.v1", Topic.ROUTING, RoutingEvent.class),
  SLA_BREACHED("switchboard.routing.sla-breached.v1", Topic.ROUTING, RoutingEvent.class),
  SLA_MET("switchboard.routing.sla-met.v1", Topic.ROUTING, RoutingEvent.class),
  SLA_STOPPED("switchboard.routing.sla-stopped.v1", Topic.ROUTING, RoutingEvent.class),

  ARTICLE_PUBLISHED(
      "switchboard.knowledge.article-published.v1", Topic.KNOWLEDGE, KnowledgeEvent.class),
  ARTICLE_RETIRED(
      "switchboard.knowledge.article-retired.v1", Topic.KNOWLEDGE, KnowledgeEvent.class),
  ARTICLE_LINKED("switchboard.knowledge.article-linked.v1", Topic.KNOWLEDGE, KnowledgeEvent.class),
  ARTICLE_FEEDBACK(
      "switchboard.knowledge.article-feedback.v1", Topic.KNOWLEDGE, KnowledgeEvent.class),
  SUGGESTION_ACCEPTED(
      "switchboard.knowledge.suggestion-accepted.v1", Topic.KNOWLEDGE, KnowledgeEvent.class),

  SURVEY_REQUESTED(
      "switchboard.experience.survey-requested.v1", Topic.EXPERIENCE, ExperienceEvent.class),
  SURVEY_ANSWERED(
      "switchboard.experience.survey-answered.v1", Topic.EXPERIENCE, ExperienceEvent.class),
  LOW_RATING("switchboard.experience.low-rating.v1", Topic.EXPERIENCE, ExperienceEvent.class),
  PROBLEM_CANDIDATE_DETECTED(
      "switchboard.experience.problem-candidate-detected.v1",
      Topic.EXPERIENCE,
      ExperienceEvent.class),
  AUTOMATION_CANDIDATE_DETECTED(
      "switchboard.experience.automation-candidate-detected.v1",
      Topic.EXPERIENCE,
      ExperienceEvent.class);

  private final String ceType;
  private final Topic topic;
  private final Class<? extends Record> payloadType;

  EventType(String ceType, Topic topic, Class<? extends Record> payloadType) {
    this.ceType = ceType;
    this.topic = topic;
    this.payloadType = payloadType;
  }

  /** The CloudEvents {@code type} attribute, e.g. {@code switchboard.ticket.created.v1}. */
  public String ceType() {
    return ceType;
  }

  public Topic topic() {
    return topic;
  }

  public Class<? extends Record> payloadType() {
    return payloadType;
  }

  /** The JSON Schema of the payload, a classpath resource of this module. */
  public String schemaResource() {
    return "schemas/" + payloadType.getSimpleName() + ".schema.json";
  }

  /** Unknown types (from a newer producer) are skipped by consumers, not failed. */
  public static Optional<EventType> fromCeType(String ceType) {
    return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
  }
}

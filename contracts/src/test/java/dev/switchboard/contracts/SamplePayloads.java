package dev.switchboard.contracts;

import dev.switchboard.contracts.experience.ExperienceEvent;
import dev.switchboard.contracts.interaction.InteractionEvent;
import dev.switchboard.contracts.knowledge.KnowledgeEvent;
import dev.switchboard.contracts.routing.RoutingEvent;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.contracts.ticket.TicketEvent.Resolution;
import dev.switchboard.contracts.ticket.TicketEvent.TicketSignals;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A realistic payload for every event type, as its producer would write it. */
final class SamplePayloads {

  static final UUID TICKET = UUID.fromString("3f1c2a7e-9b4d-4f5a-8c6e-2d1b0a9f8e7d");
  static final UUID CUSTOMER = UUID.fromString("b6a4e3d2-1c0f-4e9a-8b7c-6d5e4f3a2b1c");
  static final UUID ARTICLE = UUID.fromString("0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b");
  static final Instant OPENED = Instant.parse("2026-03-02T09:15:00Z");
  static final Instant NOW = Instant.parse("2026-03-02T11:42:17.250Z");

  private SamplePayloads() {}

  static Record sample(EventType type) {
    return switch (type) {
      case TICKET_CREATED -> ticket("new", null, null, 0);
      case TICKET_CLASSIFIED, TICKET_UPDATED, TICKET_LINKED -> ticket("assigned", null, null, 0);
      case TICKET_STATUS_CHANGED -> ticket("in_progress", "assigned", null, 0);
      case TICKET_RESOLVED ->
          ticket(
              "resolved",
              "in_progress",
              new Resolution("fixed", "Cleared the paper path and reset the tray sensor.", ARTICLE),
              0);
      case TICKET_REOPENED -> ticket("reopened", "resolved", null, 1);
      case TICKET_CLOSED -> ticket("closed", "resolved", null, 0);
      case INTERACTION_RECORDED ->
          new InteractionEvent(
              UUID.fromString("7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7"),
              TICKET,
              "SD-1042",
              CUSTOMER,
              "email",
              "inbound",
              "public",
              "contact",
              "ana@example.org",
              "customer",
              0,
              NOW);
      case TICKET_ASSIGNED, TICKET_REASSIGNED, TICKET_ESCALATED -> routing(null, null, null, null);
      case SWARM_STARTED, SWARM_JOINED, SWARM_LEFT, SWARM_ENDED ->
          routing(null, null, List.of("agent2", "agent3"), null);
      case SLA_WARNING, SLA_BREACHED, SLA_MET ->
          routing("first_response", Instant.parse("2026-03-02T13:15:00Z"), null, null);
      case SLA_STOPPED ->
          routing("first_response", Instant.parse("2026-03-02T13:15:00Z"), null, 2_700L);
      case ARTICLE_PUBLISHED, ARTICLE_RETIRED ->
          new KnowledgeEvent(
              ARTICLE,
              3,
              "Clearing a printer paper jam",
              "hardware/printer",
              "public",
              null,
              null,
              "sam",
              NOW);
      case ARTICLE_LINKED, ARTICLE_FEEDBACK, SUGGESTION_ACCEPTED ->
          new KnowledgeEvent(
              ARTICLE,
              3,
              "Clearing a printer paper jam",
              "hardware/printer",
              "public",
              TICKET,
              true,
              "agent1",
              NOW);
      case SURVEY_REQUESTED, SURVEY_ANSWERED, LOW_RATING ->
          new ExperienceEvent(
              TICKET,
              "SD-1042",
              CUSTOMER,
              "portal",
              "http://localhost:8084/api/v1/surveys/q4Zk1x9TnB0",
              type == EventType.SURVEY_REQUESTED ? null : 2,
              type == EventType.SURVEY_REQUESTED ? null : "Took two days to hear back.",
              null,
              "hardware/printer",
              null,
              null,
              NOW);
      case PROBLEM_CANDIDATE_DETECTED, AUTOMATION_CANDIDATE_DETECTED ->
          new ExperienceEvent(
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              UUID.fromString("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"),
              "hardware/printer",
              "12 paper jam incidents on the 3rd floor printer in 7 days",
              List.of(TICKET, UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")),
              NOW);
    };
  }

  private static TicketEvent ticket(
      String status, String previousStatus, Resolution resolution, int reopenedCount) {
    return new TicketEvent(
        TICKET,
        "SD-1042",
        "incident",
        "hardware/printer",
        null,
        "medium",
        "medium",
        "p3",
        status,
        previousStatus,
        "portal",
        CUSTOMER,
        "ana@example.org",
        "Printer on the 3rd floor jams",
        "The office printer shows a paper jam after every page.",
        null,
        new TicketSignals(false, false, false, false, 1, false, false),
        resolution,
        previousStatus == null ? null : "agent update",
        previousStatus == null ? "ana" : "agent1",
        "api",
        reopenedCount,
        OPENED,
        NOW);
  }

  private static RoutingEvent routing(
      String clock, Instant dueAt, List<String> agents, Long businessSecondsElapsed) {
    return new RoutingEvent(
        TICKET,
        "SD-1042",
        "service-desk",
        "agent1",
        null,
        null,
        "rule: hardware -> service-desk",
        null,
        clock,
        dueAt,
        agents,
        "p3",
        "portal",
        NOW,
        businessSecondsElapsed);
  }
}

package dev.switchboard.metrics.projection;

import dev.switchboard.contracts.experience.ExperienceEvent;
import dev.switchboard.contracts.interaction.InteractionEvent;
import dev.switchboard.contracts.knowledge.KnowledgeEvent;
import dev.switchboard.contracts.routing.RoutingEvent;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.eventing.inbox.ReceivedEvent;
import dev.switchboard.metrics.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Applies one event to the fact tables and marks the days whose counters it changes. It is the only
 * writer of the facts, used alike by the live consumers and by a rebuild, so a replay gives the
 * same numbers. Idempotence comes from the inbox claim the caller makes first.
 */
@ApplicationScoped
public class ExperienceProjection {

  /** The inbox consumer name of the projection, shared by the live consumers and the rebuild. */
  public static final String CONSUMER = "metrics-projection";

  private final Jdbc jdbc;

  ExperienceProjection(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(ReceivedEvent event) {
    switch (event.type().topic()) {
      case TICKETS -> applyTicket(event);
      case INTERACTIONS -> applyInteraction(event.payload(InteractionEvent.class));
      case ROUTING -> applyRouting(event);
      case KNOWLEDGE -> applyKnowledge(event);
      case EXPERIENCE -> applyExperience(event);
    }
  }

  private void applyTicket(ReceivedEvent event) {
    TicketEvent ticket = event.payload(TicketEvent.class);
    Instant at = ticket.occurredAt() != null ? ticket.occurredAt() : event.time();
    markTicketDays(ticket.ticketId());
    jdbc.update(
        """
        insert into ticket_fact (ticket_id, number, type, category, catalog_item, channel,
            customer_id, subject, description, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (ticket_id) do update set
            number = coalesce(excluded.number, ticket_fact.number),
            type = coalesce(excluded.type, ticket_fact.type),
            category = coalesce(excluded.category, ticket_fact.category),
            catalog_item = coalesce(excluded.catalog_item, ticket_fact.catalog_item),
            channel = coalesce(ticket_fact.channel, excluded.channel),
            customer_id = coalesce(excluded.customer_id, ticket_fact.customer_id),
            subject = coalesce(excluded.subject, ticket_fact.subject),
            description = coalesce(excluded.description, ticket_fact.description),
            created_at = coalesce(ticket_fact.created_at, excluded.created_at)
        """,
        ticket.ticketId(),
        ticket.number(),
        ticket.type(),
        ticket.category(),
        ticket.catalogItem(),
        ticket.channel(),
        ticket.customerId(),
        ticket.subject(),
        ticket.description(),
        ticket.createdAt() != null ? ticket.createdAt() : at);
    switch (event.type()) {
      case TICKET_STATUS_CHANGED -> {
        if ("pending".equals(ticket.status())) {
          setFlag(ticket.ticketId(), "waited_on_customer");
        }
      }
      case TICKET_RESOLVED ->
          jdbc.update(
              """
              update ticket_fact set first_resolved_at = coalesce(first_resolved_at, ?),
                  resolved_at = ?, resolution_code = coalesce(?, resolution_code)
              where ticket_id = ?
              """,
              at,
              at,
              ticket.resolution() == null ? null : ticket.resolution().code(),
              ticket.ticketId());
      case TICKET_REOPENED ->
          jdbc.update(
              """
              update ticket_fact set reopen_count = greatest(reopen_count + 1, ?),
                  reopened_at = coalesce(reopened_at, ?), resolved_at = null
              where ticket_id = ?
              """,
              ticket.reopenedCount(),
              at,
              ticket.ticketId());
      case TICKET_CLOSED ->
          jdbc.update(
              "update ticket_fact set closed_at = coalesce(closed_at, ?) where ticket_id = ?",
              at,
              ticket.ticketId());
      default -> {}
    }
    markTicketDays(ticket.ticketId());
  }

  /** Marked once, after: an interaction only adds a day to its ticket's, it moves none. */
  private void applyInteraction(InteractionEvent interaction) {
    jdbc.update(
        """
        insert into interaction_fact (interaction_id, ticket_id, channel, direction, visibility,
            kind, author_role, handle_seconds, at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (interaction_id) do nothing
        """,
        interaction.interactionId(),
        interaction.ticketId(),
        interaction.channel(),
        interaction.direction(),
        interaction.visibility(),
        interaction.kind(),
        interaction.authorRole(),
        interaction.handleSeconds(),
        interaction.at());
    if (interaction.ticketId() != null) {
      ensureTicket(interaction.ticketId());
      // the first public answer of an agent, whichever arrives first of ticket and interaction
      jdbc.update(
          """
          update ticket_fact set first_response_at = (
              select min(at) from interaction_fact i
              where i.ticket_id = ticket_fact.ticket_id and i.direction = 'outbound'
                and i.visibility = 'public' and i.author_role = 'agent')
          where ticket_id = ?
          """,
          interaction.ticketId());
      markTicketDays(interaction.ticketId());
    }
  }

  private void applyRouting(ReceivedEvent event) {
    RoutingEvent routing = event.payload(RoutingEvent.class);
    UUID ticketId = routing.ticketId();
    if (ticketId == null) {
      return;
    }
    // Marked once, after: routing sets groups, flags and clock figures, never a fact's day.
    ensureTicket(ticketId);
    switch (event.type()) {
      case TICKET_ASSIGNED -> setGroup(ticketId, routing.group());
      case TICKET_REASSIGNED -> {
        setGroup(ticketId, routing.group());
        setFlag(ticketId, "reassigned");
      }
      case TICKET_ESCALATED -> {
        setGroup(ticketId, routing.group());
        setFlag(ticketId, "escalated");
      }
      case SLA_MET -> clockMet(ticketId, routing.clock());
      case SLA_BREACHED -> setFlag(ticketId, "sla_breached");
      case SLA_STOPPED -> clockStopped(ticketId, routing);
      default -> {}
    }
    markTicketDays(ticketId);
  }

  private void applyKnowledge(ReceivedEvent event) {
    KnowledgeEvent knowledge = event.payload(KnowledgeEvent.class);
    switch (event.type()) {
      case SUGGESTION_ACCEPTED -> {
        if (knowledge.ticketId() == null) {
          Instant at = knowledge.at() != null ? knowledge.at() : event.time();
          jdbc.update(
              """
              insert into deflection_fact (event_id, article_id, category, at)
              values (?, ?, ?, ?) on conflict (event_id) do nothing
              """,
              event.id(),
              knowledge.articleId(),
              knowledge.category(),
              at);
          markDay(at);
        }
      }
      default -> {}
    }
  }

  private void applyExperience(ReceivedEvent event) {
    switch (event.type()) {
      case SURVEY_ANSWERED -> {
        ExperienceEvent answer = event.payload(ExperienceEvent.class);
        if (answer.rating() == null) {
          return;
        }
        Instant at = answer.at() != null ? answer.at() : event.time();
        jdbc.update(
            """
            insert into csat_fact (event_id, ticket_id, channel, rating, at)
            values (?, ?, ?, ?, ?) on conflict (event_id) do nothing
            """,
            event.id(),
            answer.ticketId(),
            answer.channel(),
            answer.rating(),
            at);
        markDay(at);
      }
      default -> {}
    }
  }

  private void ensureTicket(UUID ticketId) {
    jdbc.update(
        "insert into ticket_fact (ticket_id) values (?) on conflict (ticket_id) do nothing",
        ticketId);
  }

  private void setGroup(UUID ticketId, String group) {
    if (group != null) {
      jdbc.update("update ticket_fact set support_group = ? where ticket_id = ?", group, ticketId);
    }
  }

  /**
   * Records one met clock; the ticket's SLA counts as met only once every clock (first response and
   * resolution) is. A breach on any clock still wins in the counters.
   */
  private void clockMet(UUID ticketId, String clock) {
    String column =
        switch (clock == null ? "" : clock) {
          case "first_response" -> "sla_first_response_met";
          case "resolution" -> "sla_resolution_met";
          default -> null;
        };
    if (column == null) {
      return;
    }
    setFlag(ticketId, column);
    jdbc.update(
        """
        update ticket_fact set sla_met = true
        where ticket_id = ? and sla_first_response_met and sla_resolution_met
        """,
        ticketId);
  }

  /**
   * Keeps the business time of a stopped clock (routing knows the calendars). A resolution clock
   * restarted by a reopen stops again with a larger total, so the largest total is the latest stop,
   * whatever order the stops are applied in (a rebuild's replay runs beside the live consumers).
   */
  private void clockStopped(UUID ticketId, RoutingEvent stopped) {
    String column =
        switch (stopped.clock() == null ? "" : stopped.clock()) {
          case "first_response" -> "first_response_business_minutes";
          case "resolution" -> "resolution_business_minutes";
          default -> null;
        };
    if (column == null || stopped.businessSecondsElapsed() == null) {
      return;
    }
    jdbc.update(
        "update ticket_fact set " + column + " = greatest(" + column + ", ?) where ticket_id = ?",
        stopped.businessSecondsElapsed() / 60.0,
        ticketId);
  }

  private void setFlag(UUID ticketId, String column) {
    jdbc.update("update ticket_fact set " + column + " = true where ticket_id = ?", ticketId);
  }

  private void markDay(Instant at) {
    jdbc.update(
        """
        insert into experience_dirty_day (day) values ((?::timestamptz at time zone 'UTC')::date)
        on conflict do nothing
        """,
        at);
  }

  /**
   * Every day whose counters depend on this ticket: called before and after a change that can move
   * a day (a ticket event: resolved, reopened), so both the old and the new days are recomputed;
   * only after one that cannot.
   */
  private void markTicketDays(UUID ticketId) {
    if (ticketId == null) {
      return;
    }
    jdbc.update(
        """
        insert into experience_dirty_day (day)
        select distinct d from (
            select created_day as d from ticket_fact where ticket_id = ?
            union all select resolved_day from ticket_fact where ticket_id = ?
            union all select (at at time zone 'UTC')::date from interaction_fact where ticket_id = ?
            union all select (at at time zone 'UTC')::date from csat_fact where ticket_id = ?
        ) days where d is not null
        on conflict do nothing
        """,
        ticketId,
        ticketId,
        ticketId,
        ticketId);
  }
}

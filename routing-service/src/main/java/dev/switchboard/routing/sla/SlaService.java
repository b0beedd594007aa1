package dev.switchboard.routing.sla;

import dev.switchboard.contracts.EventType;
import dev.switchboard.routing.escalation.EscalationKind;
import dev.switchboard.routing.escalation.EscalationService;
import dev.switchboard.routing.ticket.RoutedTicket;
import dev.switchboard.routing.ticket.RoutingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Starts, pauses, resumes and stops SLA clocks, and fires warnings and breaches when due. */
@ApplicationScoped
public class SlaService {

  private final RoutingEvents events;
  private final EscalationService escalations;
  private final Clock clock;
  private final BigDecimal defaultWarningShare;
  private final int batchSize;

  SlaService(
      RoutingEvents events,
      EscalationService escalations,
      Clock clock,
      @ConfigProperty(name = "switchboard.sla.warning-share", defaultValue = "0.75")
          BigDecimal defaultWarningShare,
      @ConfigProperty(name = "switchboard.sla.batch-size", defaultValue = "50") int batchSize) {
    this.events = events;
    this.escalations = escalations;
    this.clock = clock;
    this.defaultWarningShare = defaultWarningShare;
    this.batchSize = batchSize;
  }

  /** Starts both clocks at the ticket's creation, under the policy for its priority and type. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void start(RoutedTicket ticket) {
    SlaPolicy.forTicket(ticket.priority, ticket.type)
        .ifPresent(
            policy -> {
              BusinessCalendar calendar = calendar(policy.calendarId);
              BigDecimal share =
                  policy.warningShare == null ? defaultWarningShare : policy.warningShare;
              for (String kind : List.of(SlaClock.FIRST_RESPONSE, SlaClock.RESOLUTION)) {
                SlaClock.start(
                        ticket.id,
                        kind,
                        policy.id,
                        policy.calendarId,
                        target(policy, kind),
                        share,
                        ticket.createdAt,
                        calendar)
                    .persist();
              }
            });
  }

  /** The priority or type changed: open clocks move to the new policy's targets. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void retarget(RoutedTicket ticket) {
    List<SlaClock> clocks = clocksOf(ticket.id);
    if (clocks.isEmpty()) {
      start(ticket);
      return;
    }
    Optional<SlaPolicy> policy = SlaPolicy.forTicket(ticket.priority, ticket.type);
    if (policy.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Map<String, BusinessCalendar> calendars = new HashMap<>();
    for (SlaClock c : clocks) {
      c.retarget(
          policy.get().id,
          policy.get().calendarId,
          target(policy.get(), c.kind),
          now,
          calendars.computeIfAbsent(c.calendarId, SlaService::calendar),
          calendars.computeIfAbsent(policy.get().calendarId, SlaService::calendar));
    }
  }

  /** Pauses while pending, resumes after, stops on resolution, restarts on reopen. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void statusChanged(RoutedTicket ticket, String from, String to, Instant at) {
    if (to.equals(from)) {
      return;
    }
    List<SlaClock> clocks = clocksOf(ticket.id);
    if ("pending".equals(to)) {
      clocks.forEach(c -> c.pause(at, calendar(c.calendarId)));
      if (SlaPause.open(ticket.id).isEmpty()) {
        SlaPause.begin(ticket.id, at).persist();
      }
    } else if ("pending".equals(from)) {
      clocks.forEach(c -> c.resume(at, calendar(c.calendarId)));
      SlaPause.open(ticket.id).ifPresent(p -> p.endedAt = at);
    }
    if ("resolved".equals(to) || "closed".equals(to)) {
      clocks.forEach(c -> stop(ticket, c, at));
    } else if ("reopened".equals(to)) {
      clocks.stream()
          .filter(c -> SlaClock.RESOLUTION.equals(c.kind))
          .forEach(c -> c.restart(at, calendar(c.calendarId)));
    }
  }

  /** A public agent reply meets (or closes, if breached) the first-response clock. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publicAgentReply(RoutedTicket ticket, Instant at) {
    clocksOf(ticket.id).stream()
        .filter(c -> SlaClock.FIRST_RESPONSE.equals(c.kind))
        .forEach(c -> stop(ticket, c, at));
  }

  /**
   * Claims tickets with due clocks and fires their warnings and breaches. Locks are taken in the
   * order every other writer uses, ticket first and then its clocks, so the scheduler and a ticket
   * consumer never deadlock; a ticket another transaction holds is skipped until the next scan. The
   * due columns are cleared in the same transaction as the events are written, so each fires
   * exactly once whatever crashes or how many schedulers run.
   *
   * @return how many tickets were claimed (a full batch means there may be more)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int fireDue() {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<RoutedTicket> claimed =
        RoutedTicket.getEntityManager()
            .createNativeQuery(
                "select t.* from routing_ticket t where exists (select 1 from sla_clock c"
                    + " where c.ticket_id = t.id and (c.next_warning_at <= ?1 or c.next_breach_at"
                    + " <= ?1)) order by (select min(least(c.next_warning_at, c.next_breach_at))"
                    + " from sla_clock c where c.ticket_id = t.id)"
                    + " limit ?2 for update of t skip locked",
                RoutedTicket.class)
            .setParameter(1, now)
            .setParameter(2, batchSize)
            .getResultList();
    for (RoutedTicket ticket : claimed) {
      @SuppressWarnings("unchecked")
      List<SlaClock> due =
          SlaClock.getEntityManager()
              .createNativeQuery(
                  "select * from sla_clock where ticket_id = ?1"
                      + " and (next_warning_at <= ?2 or next_breach_at <= ?2) order by kind"
                      + " for update",
                  SlaClock.class)
              .setParameter(1, ticket.id)
              .setParameter(2, now)
              .getResultList();
      due.forEach(c -> fire(ticket, c, now));
    }
    return claimed.size();
  }

  private void fire(RoutedTicket ticket, SlaClock c, Instant now) {
    if (c.nextWarningAt != null && !c.nextWarningAt.isAfter(now)) {
      c.markWarned();
      events.sla(EventType.SLA_WARNING, ticket, c.kind, c.dueAt);
      warningEscalation(ticket, c);
    }
    if (c.nextBreachAt != null && !c.nextBreachAt.isAfter(now)) {
      c.markBreached();
      events.sla(EventType.SLA_BREACHED, ticket, c.kind, c.dueAt);
      escalations.automatically(
          ticket,
          EscalationKind.HIERARCHICAL,
          "SLA " + c.kind + " breached (due " + c.dueAt + ")",
          "sla_breach:" + c.kind);
    }
  }

  public int batchSize() {
    return batchSize;
  }

  private void warningEscalation(RoutedTicket ticket, SlaClock c) {
    String configured =
        SlaPolicy.<SlaPolicy>findByIdOptional(c.policyId)
            .map(p -> p.warningEscalation)
            .orElse(EscalationKind.HIERARCHICAL.wire());
    if ("none".equals(configured)) {
      return;
    }
    escalations.automatically(
        ticket,
        EscalationKind.valueOf(configured.toUpperCase(Locale.ROOT)),
        "SLA "
            + c.kind
            + " at "
            + c.warningShare.movePointRight(2).stripTrailingZeros().toPlainString()
            + "% of "
            + c.target
            + " (due "
            + c.dueAt
            + ")",
        "sla_warning:" + c.kind);
  }

  private void stop(RoutedTicket ticket, SlaClock c, Instant at) {
    if (c.isStopped()) {
      return;
    }
    if (c.stop(at, calendar(c.calendarId))) {
      events.sla(EventType.SLA_MET, ticket, c.kind, c.dueAt);
    }
    events.slaStopped(ticket, c.kind, c.dueAt, c.elapsedSeconds);
  }

  public static List<SlaClock> clocksOf(UUID ticketId) {
    return SlaClock.list("ticketId = ?1 order by kind", ticketId);
  }

  public static BusinessCalendar calendar(String calendarId) {
    return SlaCalendar.<SlaCalendar>findByIdOptional(calendarId)
        .map(SlaCalendar::toBusinessCalendar)
        .orElseThrow(() -> new IllegalStateException("calendar " + calendarId + " is gone"));
  }

  private static Duration target(SlaPolicy policy, String kind) {
    return Duration.parse(
        SlaClock.FIRST_RESPONSE.equals(kind) ? policy.firstResponse : policy.resolution);
  }
}

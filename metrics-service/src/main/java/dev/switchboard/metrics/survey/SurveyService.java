package dev.switchboard.metrics.survey;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.experience.ExperienceEvent;
import dev.switchboard.contracts.ticket.TicketEvent;
import dev.switchboard.eventing.outbox.Outbox;
import dev.switchboard.metrics.outbox.ExperienceEvents;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Asks for CSAT on resolution and records the answer. The link goes out as a survey-requested event
 * that intake sends on the ticket's channel; an answer raises survey-answered and, when low,
 * low-rating so a supervisor can follow up.
 */
@ApplicationScoped
public class SurveyService {

  private static final Logger LOG = Logger.getLogger(SurveyService.class);
  private static final int DISPATCH_BATCH = 100;

  private final SurveySettings settings;
  private final SurveyPolicy policy;
  private final Outbox outbox;
  private final Clock clock;

  SurveyService(SurveySettings settings, Outbox outbox, Clock clock) {
    this.settings = settings;
    this.policy = settings.policy();
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Opens a survey for a resolved ticket when it is sampled and its customer may be asked. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void onTicketResolved(TicketEvent ticket, Instant resolvedAt) {
    if (ticket.customerId() == null || !policy.sampled(ticket.ticketId())) {
      return;
    }
    Instant now = clock.instant();
    Optional<Instant> lastSurvey =
        Survey.<Survey>find("customerId = ?1 order by createdAt desc", ticket.customerId())
            .firstResultOptional()
            .map(survey -> survey.createdAt);
    if (!policy.customerMayBeAsked(lastSurvey, now)) {
      LOG.debugf("no survey for %s: customer surveyed recently", ticket.number());
      return;
    }
    Instant sendAt = policy.sendAt(resolvedAt);
    Survey.open(
            ticket.ticketId(),
            ticket.number(),
            ticket.customerId(),
            ticket.channel(),
            SurveyToken.random(),
            now,
            sendAt,
            policy.expiresAt(sendAt.isBefore(now) ? now : sendAt))
        .persist();
  }

  /** Sends the links whose delay has passed (as events; intake delivers them). */
  @Scheduled(
      every = "${switchboard.surveys.dispatch-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void dispatchDue() {
    Instant now = clock.instant();
    List<Survey> due =
        Survey.<Survey>find("sentAt is null and sendAt <= ?1 order by sendAt", now)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .page(0, DISPATCH_BATCH)
            .list();
    for (Survey survey : due) {
      String url =
          settings.linkBaseUrl().replaceAll("/+$", "") + "/" + survey.takeTokenForSending(now);
      outbox.emit(
          EventType.SURVEY_REQUESTED,
          survey.ticketId,
          ExperienceEvents.surveyRequested(
              survey.ticketId, survey.ticketNumber, survey.customerId, survey.channel, url, now));
    }
  }

  /**
   * Records a rating 1..5 for the survey of this token.
   *
   * @return empty when no survey has this token
   * @throws SurveyClosedException when the token was used already or expired
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Survey> answer(String token, int rating, String comment) {
    Optional<Survey> found =
        Survey.<Survey>find("tokenHash", SurveyToken.hashOf(token))
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .firstResultOptional();
    if (found.isEmpty() || found.get().sentAt == null) {
      return Optional.empty();
    }
    Survey survey = found.get();
    Instant now = clock.instant();
    survey.answer(rating, comment, now);
    ExperienceEvent answered =
        ExperienceEvents.surveyAnswered(
            survey.ticketId,
            survey.ticketNumber,
            survey.customerId,
            survey.channel,
            rating,
            comment,
            now);
    outbox.emit(EventType.SURVEY_ANSWERED, survey.ticketId, answered);
    if (policy.isLow(rating)) {
      outbox.emit(EventType.LOW_RATING, survey.ticketId, answered);
    }
    return Optional.of(survey);
  }
}

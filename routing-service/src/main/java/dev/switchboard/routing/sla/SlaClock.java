package dev.switchboard.routing.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One SLA clock of a ticket. Business time already spent is kept in {@code elapsedSeconds}; while
 * running, time since {@code runningSince} counts on top. {@code nextWarningAt} and {@code
 * nextBreachAt} are the due work the scheduler claims from the database, so nothing lives only in
 * memory.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock extends PanacheEntityBase {

  public static final String FIRST_RESPONSE = "first_response";
  public static final String RESOLUTION = "resolution";

  public static final String RUNNING = "running";
  public static final String PAUSED = "paused";
  public static final String MET = "met";
  public static final String BREACHED = "breached";

  @Id public UUID id;

  @Column(name = "ticket_id")
  public UUID ticketId;

  public String kind;

  @Column(name = "policy_id")
  public String policyId;

  @Column(name = "calendar_id")
  public String calendarId;

  /** ISO 8601 duration of business time. */
  public String target;

  @Column(name = "warning_share")
  public BigDecimal warningShare;

  public String state;

  @Column(name = "elapsed_seconds")
  public long elapsedSeconds;

  @Column(name = "running_since")
  public Instant runningSince;

  @Column(name = "due_at")
  public Instant dueAt;

  @Column(name = "warning_at")
  public Instant warningAt;

  public boolean warned;
  public boolean breached;

  @Column(name = "stopped_at")
  public Instant stoppedAt;

  @Column(name = "next_warning_at")
  public Instant nextWarningAt;

  @Column(name = "next_breach_at")
  public Instant nextBreachAt;

  /** Optimistic lock: a change made from a stale copy fails (and its consumer retries). */
  @Version public long version;

  /** A new clock that starts running at {@code start}. */
  public static SlaClock start(
      UUID ticketId,
      String kind,
      String policyId,
      String calendarId,
      Duration target,
      BigDecimal warningShare,
      Instant start,
      BusinessCalendar calendar) {
    SlaClock clock = new SlaClock();
    clock.id = UUID.randomUUID();
    clock.ticketId = ticketId;
    clock.kind = kind;
    clock.policyId = policyId;
    clock.calendarId = calendarId;
    clock.target = target.toString();
    clock.warningShare = warningShare;
    clock.state = RUNNING;
    clock.runningSince = start;
    clock.schedule(calendar);
    return clock;
  }

  public Duration targetDuration() {
    return Duration.parse(target);
  }

  public boolean isRunning() {
    return runningSince != null;
  }

  public boolean isStopped() {
    return stoppedAt != null;
  }

  /** Business time spent up to {@code now}. */
  public Duration businessTimeElapsed(Instant now, BusinessCalendar calendar) {
    Duration spent = Duration.ofSeconds(elapsedSeconds);
    return isRunning() ? spent.plus(calendar.between(runningSince, now)) : spent;
  }

  /** Stops counting while the ticket waits on someone else; no warning or breach comes due. */
  public void pause(Instant now, BusinessCalendar calendar) {
    if (!isRunning()) {
      return;
    }
    elapsedSeconds = businessTimeElapsed(now, calendar).toSeconds();
    runningSince = null;
    dueAt = null;
    warningAt = null;
    nextWarningAt = null;
    nextBreachAt = null;
    state = breached ? BREACHED : PAUSED;
  }

  /** Counts again from {@code now}; due and warning times move by the paused span. */
  public void resume(Instant now, BusinessCalendar calendar) {
    if (isRunning() || isStopped()) {
      return;
    }
    runningSince = now;
    state = breached ? BREACHED : RUNNING;
    schedule(calendar);
  }

  /**
   * Stops the clock for good (first public reply, resolution).
   *
   * @return true when the target was met
   */
  public boolean stop(Instant now, BusinessCalendar calendar) {
    if (isStopped()) {
      return false;
    }
    elapsedSeconds = businessTimeElapsed(now, calendar).toSeconds();
    runningSince = null;
    stoppedAt = now;
    nextWarningAt = null;
    nextBreachAt = null;
    boolean met = !breached && elapsedSeconds <= targetDuration().toSeconds();
    state = met ? MET : BREACHED;
    breached = !met;
    return met;
  }

  /** Brings a stopped resolution clock back to life when the ticket is reopened. */
  public void restart(Instant now, BusinessCalendar calendar) {
    if (!isStopped()) {
      return;
    }
    stoppedAt = null;
    runningSince = now;
    state = breached ? BREACHED : RUNNING;
    schedule(calendar);
  }

  /**
   * Moves the clock to another policy's target (the priority changed); time already spent keeps
   * counting against the new target.
   */
  public void retarget(
      String policyId,
      String calendarId,
      Duration newTarget,
      Instant now,
      BusinessCalendar oldCalendar,
      BusinessCalendar newCalendar) {
    if (isStopped()) {
      return;
    }
    boolean running = isRunning();
    elapsedSeconds = businessTimeElapsed(now, oldCalendar).toSeconds();
    this.policyId = policyId;
    this.calendarId = calendarId;
    this.target = newTarget.toString();
    if (running) {
      runningSince = now;
      schedule(newCalendar);
    }
  }

  public void markWarned() {
    warned = true;
    nextWarningAt = null;
  }

  public void markBreached() {
    breached = true;
    state = BREACHED;
    nextBreachAt = null;
  }

  private void schedule(BusinessCalendar calendar) {
    Duration spent = Duration.ofSeconds(elapsedSeconds);
    Duration targetDuration = targetDuration();
    dueAt = calendar.plus(runningSince, positive(targetDuration.minus(spent)));
    nextBreachAt = breached ? null : dueAt;
    Duration warnAfter =
        Duration.ofMillis(
            warningShare.multiply(BigDecimal.valueOf(targetDuration.toMillis())).longValue());
    warningAt = calendar.plus(runningSince, positive(warnAfter.minus(spent)));
    nextWarningAt = warned || breached ? null : warningAt;
  }

  private static Duration positive(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}

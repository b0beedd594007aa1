package dev.switchboard.metrics.problem;

import dev.switchboard.contracts.EventType;
import dev.switchboard.eventing.AfterCommit;
import dev.switchboard.eventing.outbox.Outbox;
import dev.switchboard.httpapi.Page;
import dev.switchboard.metrics.outbox.ExperienceEvents;
import dev.switchboard.metrics.problem.RecurringIncidentDetector.Recurrence;
import dev.switchboard.metrics.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns recurring incidents into problem candidates: each new incident is compared with the
 * incidents of its category (or configuration item) around it; a recurrence that contains it
 * creates a candidate (and its event) or grows the candidate that holds any of its members.
 */
@ApplicationScoped
public class ProblemCandidates {

  /**
   * The newest incidents of the category or item around the trigger that it is compared with: a
   * recurrence shows among the last 500 of its kind, and a busy category (thousands of incidents a
   * week) must not make every new incident read and tokenise thousands of texts.
   */
  private static final int MAX_NEIGHBOURS = 500;

  /**
   * Incidents whose words (and last comparison) are kept: more than one category's neighbours, so a
   * burst of similar incidents tokenises each text once instead of once per newcomer.
   */
  private static final int CACHED_INCIDENTS = 2 * MAX_NEIGHBOURS;

  private final Jdbc jdbc;
  private final Outbox outbox;
  private final Clock clock;
  private final RecurringIncidentDetector detector;
  private final Duration window;
  private final RecentlySeen<UUID, CachedWords> wordsByIncident =
      new RecentlySeen<>(CACHED_INCIDENTS);

  /**
   * What each recent incident was last compared as, once that comparison committed: the event that
   * classifies a ticket at intake carries the same ticket as the one that created it, and comparing
   * it again would find the same group (a neighbour arriving later compares itself with it). This
   * holds with one consumer thread on the tickets channel, as configured: two similar incidents
   * compared at the same moment on two threads could miss each other.
   */
  private final RecentlySeen<UUID, IncidentSnapshot> compared =
      new RecentlySeen<>(CACHED_INCIDENTS);

  /**
   * The candidate that holds each recent member, remembered after the commit that wrote it: an
   * incident belongs to at most one candidate and members are never removed, so a growing candidate
   * need not probe its hundreds of members again for every newcomer. A member missing here (older,
   * or written by another replica) is looked up.
   */
  private final RecentlySeen<UUID, UUID> candidateOfMember = new RecentlySeen<>(CACHED_INCIDENTS);

  private final AfterCommit afterCommit;

  /** The words of an incident's text, and the text they were taken from. */
  private record CachedWords(String text, Set<String> words) {}

  ProblemCandidates(
      Jdbc jdbc,
      Outbox outbox,
      Clock clock,
      AfterCommit afterCommit,
      @ConfigProperty(name = "switchboard.problems.min-incidents") int minIncidents,
      @ConfigProperty(name = "switchboard.problems.window") Duration window,
      @ConfigProperty(name = "switchboard.problems.min-similarity") double minSimilarity) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.clock = clock;
    this.afterCommit = afterCommit;
    this.window = window;
    this.detector =
        new RecurringIncidentDetector(minIncidents, window, minSimilarity, this::wordsOf);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void onIncident(UUID ticketId) {
    Optional<IncidentSnapshot> incident =
        jdbc.one(
            SNAPSHOT + " where ticket_id = ? and type = 'incident' and created_at is not null",
            ProblemCandidates::snapshot,
            ticketId);
    if (incident.isEmpty()) {
      return;
    }
    IncidentSnapshot trigger = incident.get();
    if (compared.get(trigger.ticketId()).filter(trigger::equals).isPresent()
        || isMember(trigger.ticketId())) {
      return; // reclassified without a change that matters, or redelivered: compared already
    }
    rememberOnCommit(trigger);
    List<IncidentSnapshot> neighbours =
        jdbc.query(
            SNAPSHOT
                + """
                 where type = 'incident' and created_at between ? and ?
                   and (category = ? or configuration_item = ?)
                 order by created_at desc limit ?
                """,
            ProblemCandidates::snapshot,
            trigger.createdAt().minus(window),
            trigger.createdAt().plus(window),
            trigger.category(),
            trigger.configurationItem(),
            MAX_NEIGHBOURS);
    detector.recurrenceOf(trigger, neighbours).ifPresent(r -> record(r, trigger));
  }

  /** A comparison rolled back (and retried) must run again, so it is remembered after commit. */
  private void rememberOnCommit(IncidentSnapshot trigger) {
    afterCommit.run(() -> compared.put(trigger.ticketId(), trigger));
  }

  /** Cached by ticket, and taken again when the ticket's text has changed since. */
  private Set<String> wordsOf(IncidentSnapshot incident) {
    String text = incident.text();
    Optional<CachedWords> cached =
        wordsByIncident.get(incident.ticketId()).filter(words -> words.text().equals(text));
    if (cached.isPresent()) {
      return cached.get().words();
    }
    Set<String> words = Collections.unmodifiableSet(TextSimilarity.words(text));
    wordsByIncident.put(incident.ticketId(), new CachedWords(text, words));
    return words;
  }

  private boolean isMember(UUID ticketId) {
    return jdbc.one(
            "select 1 from problem_candidate_member where ticket_id = ? limit 1",
            row -> true,
            ticketId)
        .isPresent();
  }

  public Page<ProblemCandidateView> list(int page, int size) {
    long total =
        jdbc.one("select count(*) from problem_candidate", row -> row.getLong(1)).orElse(0L);
    List<ProblemCandidateView> items =
        jdbc.query(
            """
            select * from problem_candidate order by last_seen desc, id limit ? offset ?
            """,
            row ->
                new ProblemCandidateView(
                    Jdbc.uuid(row, "id"),
                    row.getString("category"),
                    row.getString("configuration_item"),
                    row.getString("summary"),
                    Trend.fromWire(row.getString("trend")),
                    0,
                    List.of(),
                    Jdbc.instant(row, "first_seen"),
                    Jdbc.instant(row, "last_seen"),
                    Jdbc.instant(row, "detected_at")),
            size,
            (long) page * size);
    return new Page<>(items.stream().map(this::withMembers).toList(), page, size, total);
  }

  private ProblemCandidateView withMembers(ProblemCandidateView candidate) {
    List<ProblemCandidateView.Member> members =
        jdbc.query(
            """
            select ticket_id, number, subject, created_at from problem_candidate_member
            where candidate_id = ? order by created_at
            """,
            row ->
                new ProblemCandidateView.Member(
                    Jdbc.uuid(row, "ticket_id"),
                    row.getString("number"),
                    row.getString("subject"),
                    Jdbc.instant(row, "created_at")),
            candidate.id());
    return candidate.withMembers(members);
  }

  private void record(Recurrence recurrence, IncidentSnapshot trigger) {
    UUID[] memberIds =
        recurrence.members().stream().map(IncidentSnapshot::ticketId).toArray(UUID[]::new);
    Instant now = clock.instant();
    Optional<UUID> existing = holdingCandidate(memberIds);
    UUID candidateId = existing.orElseGet(UUID::randomUUID);
    if (existing.isPresent()) {
      jdbc.update(
          """
          update problem_candidate set trend = ?, first_seen = least(first_seen, ?),
              last_seen = greatest(last_seen, ?), updated_at = ?
          where id = ?
          """,
          recurrence.trend().wireName(),
          recurrence.firstSeen(),
          recurrence.lastSeen(),
          now,
          candidateId);
    } else {
      jdbc.update(
          """
          insert into problem_candidate (id, category, configuration_item, summary, trend,
              first_seen, last_seen, detected_at, updated_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
          candidateId,
          recurrence.category(),
          recurrence.configurationItem(),
          recurrence.summary(),
          recurrence.trend().wireName(),
          recurrence.firstSeen(),
          recurrence.lastSeen(),
          now,
          now);
    }
    // Only the members the candidate lacks are read and written: a candidate that grows by one
    // incident at a time must not re-read hundreds of facts each time.
    UUID[] lacking =
        Arrays.stream(memberIds)
            .filter(id -> !candidateOfMember.get(id).filter(candidateId::equals).isPresent())
            .toArray(UUID[]::new);
    afterCommit.run(
        () -> Arrays.stream(memberIds).forEach(id -> candidateOfMember.put(id, candidateId)));
    jdbc.update(
        """
        insert into problem_candidate_member (candidate_id, ticket_id, number, subject, created_at)
        select ?, f.ticket_id, f.number, f.subject, f.created_at
        from unnest(?::uuid[]) member (id)
        join ticket_fact f on f.ticket_id = member.id
        where f.created_at is not null
          and not exists (select 1 from problem_candidate_member m
                          where m.candidate_id = ? and m.ticket_id = member.id)
        on conflict do nothing
        """,
        candidateId,
        lacking,
        candidateId);
    if (existing.isEmpty()) {
      outbox.emit(
          EventType.PROBLEM_CANDIDATE_DETECTED,
          trigger.ticketId(),
          ExperienceEvents.candidate(
              trigger.ticketId(),
              trigger.number(),
              candidateId,
              recurrence.category(),
              recurrence.summary(),
              List.of(memberIds),
              now));
    }
  }

  /**
   * The candidate holding any of these incidents, the first in PostgreSQL's uuid order if several
   * do; members remembered after an earlier commit are not looked up again.
   */
  private Optional<UUID> holdingCandidate(UUID[] memberIds) {
    List<UUID> remembered = new ArrayList<>();
    List<UUID> unknown = new ArrayList<>();
    for (UUID id : memberIds) {
      candidateOfMember.get(id).ifPresentOrElse(remembered::add, () -> unknown.add(id));
    }
    if (!unknown.isEmpty()) {
      jdbc.one(
              """
              select candidate_id from problem_candidate_member where ticket_id = any(?)
              order by candidate_id limit 1
              """,
              row -> Jdbc.uuid(row, "candidate_id"),
              (Object) unknown.toArray(UUID[]::new))
          .ifPresent(remembered::add);
    }
    return remembered.stream().min(IN_POSTGRESQL_ORDER);
  }

  /** PostgreSQL orders uuids by their bytes, unsigned; {@link UUID#compareTo} compares signed. */
  static final Comparator<UUID> IN_POSTGRESQL_ORDER =
      Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
          .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private static final String SNAPSHOT =
      """
      select ticket_id, number, category, configuration_item, subject, description, created_at
      from ticket_fact
      """;

  private static IncidentSnapshot snapshot(java.sql.ResultSet row) throws java.sql.SQLException {
    return new IncidentSnapshot(
        Jdbc.uuid(row, "ticket_id"),
        row.getString("number"),
        row.getString("category"),
        row.getString("configuration_item"),
        row.getString("subject"),
        row.getString("description"),
        Jdbc.instant(row, "created_at"));
  }
}

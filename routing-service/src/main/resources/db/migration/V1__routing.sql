-- Groups of agents; strategy decides how a ticket finds its owner inside the group.
create table routing_group (
    id               text primary key,
    name             text    not null,
    strategy         text    not null default 'load_balanced',
    tier             int     not null default 1,
    supervisor       text,
    escalation_group text
);

-- Agents; id is the user name in the token (preferred_username).
create table routing_agent (
    id               text primary key,
    name             text        not null,
    groups           jsonb       not null default '[]',
    skills           jsonb       not null default '[]',
    capacity         int         not null,
    availability     text        not null default 'available',
    last_assigned_at timestamptz
);

-- Ordered routing rules: the first enabled rule whose conditions all hold picks the group.
create table routing_rule (
    id                          text primary key,
    name                        text    not null,
    position                    int     not null,
    enabled                     boolean not null default true,
    match_type                  text,
    match_category_prefix       text,
    match_priorities            jsonb   not null default '[]',
    match_channel               text,
    match_negative_sentiment    boolean,
    match_repeated_contacts     boolean,
    match_open_major_incident   boolean,
    match_min_contacts_last7_days int,
    target_group                text    not null references routing_group (id),
    required_skills             jsonb   not null default '[]'
);

-- The routing projection of a ticket (fed by switchboard.tickets).
create table routing_ticket (
    id                  uuid primary key,
    number              text,
    type                text,
    category            text,
    priority            text,
    status              text        not null,
    channel             text,
    customer_id         uuid,
    group_id            text,
    owner               text,
    required_skills     jsonb       not null default '[]',
    hot                 boolean     not null default false,
    negative_sentiment  boolean     not null default false,
    repeated_contacts   boolean     not null default false,
    open_major_incident boolean     not null default false,
    contacts_last7_days int         not null default 0,
    swarm_started_at    timestamptz,
    created_at          timestamptz not null,
    last_event_at       timestamptz not null,
    queued_at           timestamptz
);
create index routing_ticket_owner_open on routing_ticket (owner) where status not in ('resolved', 'closed');
create index routing_ticket_group_queue on routing_ticket (group_id, queued_at) where owner is null;

create table routing_assignment_history (
    id        uuid primary key,
    seq       bigint generated always as identity,
    ticket_id uuid        not null references routing_ticket (id),
    at        timestamptz not null,
    group_id  text,
    owner     text,
    reason    text        not null,
    actor     text
);
create index routing_assignment_history_ticket on routing_assignment_history (ticket_id, at);

create table routing_swarm_member (
    id        uuid primary key,
    ticket_id uuid        not null references routing_ticket (id),
    agent     text        not null,
    role      text        not null,
    joined_at timestamptz not null,
    left_at   timestamptz
);
create index routing_swarm_member_ticket on routing_swarm_member (ticket_id);

create table routing_swarm_note (
    id        uuid primary key,
    ticket_id uuid        not null references routing_ticket (id),
    author    text        not null,
    body      text        not null,
    at        timestamptz not null
);

create table routing_escalation (
    id         uuid primary key,
    ticket_id  uuid        not null references routing_ticket (id),
    kind       text        not null,
    trigger    text        not null,
    from_group text,
    to_group   text,
    notified   text,
    reason     text        not null,
    actor      text        not null,
    at         timestamptz not null
);
-- An automatic trigger (p1, sla_warning:resolution, negative_sentiment, ...) escalates a ticket once.
create unique index routing_escalation_auto_once on routing_escalation (ticket_id, trigger) where trigger <> 'manual';

-- Business-hours calendars: week = {"monday": ["08:00-12:00", "13:00-18:00"], ...}, holidays = ["2026-12-25"].
create table sla_calendar (
    id        text primary key,
    name      text  not null,
    time_zone text  not null,
    week      jsonb not null,
    holidays  jsonb not null default '[]'
);

create table sla_policy (
    id                 text primary key,
    name               text    not null,
    priority           text    not null,
    ticket_type        text,
    first_response     text    not null,
    resolution         text    not null,
    calendar_id        text    not null references sla_calendar (id),
    warning_share      numeric(4, 3),
    warning_escalation text    not null default 'hierarchical'
);

-- One clock per ticket and kind. next_warning_at / next_breach_at are the scheduler's due work.
create table sla_clock (
    id              uuid primary key,
    ticket_id       uuid        not null references routing_ticket (id),
    kind            text        not null,
    policy_id       text        not null,
    calendar_id     text        not null,
    target          text        not null,
    warning_share   numeric(4, 3) not null,
    state           text        not null,
    elapsed_seconds bigint      not null default 0,
    running_since   timestamptz,
    due_at          timestamptz,
    warning_at      timestamptz,
    warned          boolean     not null default false,
    breached        boolean     not null default false,
    stopped_at      timestamptz,
    next_warning_at timestamptz,
    next_breach_at  timestamptz,
    unique (ticket_id, kind)
);
create index sla_clock_next_warning on sla_clock (next_warning_at) where next_warning_at is not null;
create index sla_clock_next_breach on sla_clock (next_breach_at) where next_breach_at is not null;

create table sla_pause (
    id         uuid primary key,
    ticket_id  uuid        not null references routing_ticket (id),
    started_at timestamptz not null,
    ended_at   timestamptz
);
create index sla_pause_ticket on sla_pause (ticket_id, started_at);

-- Experience projections: rebuilt from the topics (and from imported history) at any time.

-- One row per ticket. Every column but the id may be null because a ticket's events arrive on
-- several topics in no guaranteed order (a routing event can precede the ticket's created event).
create table ticket_fact (
    ticket_id          uuid primary key,
    number             text,
    type               text,
    category           text,
    catalog_item       text,
    configuration_item text,
    channel            text,
    support_group      text,
    customer_id        uuid,
    subject            text,
    description        text,
    created_at         timestamptz,
    first_response_at  timestamptz,
    -- the first resolution counts the ticket as resolved; resolved_at is the latest one
    first_resolved_at  timestamptz,
    resolved_at        timestamptz,
    closed_at          timestamptz,
    resolution_code    text,
    reopen_count       int         not null default 0,
    reopened_at        timestamptz,
    reassigned         boolean     not null default false,
    escalated          boolean     not null default false,
    waited_on_customer boolean     not null default false,
    sla_met            boolean     not null default false,
    sla_breached       boolean     not null default false,
    imported           boolean     not null default false,
    created_day        date generated always as ((created_at at time zone 'UTC')::date) stored,
    resolved_day       date generated always as
        ((coalesce(first_resolved_at, closed_at) at time zone 'UTC')::date) stored,
    -- null when unknown (greatest() alone would turn a missing time into 0)
    first_response_minutes double precision generated always as
        (case when first_response_at is not null
              then greatest(0, extract(epoch from first_response_at - created_at) / 60) end) stored,
    resolution_minutes double precision generated always as
        (case when resolved_at is not null
              then greatest(0, extract(epoch from resolved_at - created_at) / 60) end) stored
);
-- Covering indexes: medians and p90s are computed with percentile_cont over a day range.
create index ticket_fact_created on ticket_fact (created_day)
    include (channel, type, category, support_group, first_response_minutes);
create index ticket_fact_resolved on ticket_fact (resolved_day)
    include (channel, type, category, support_group, resolution_minutes);
create index ticket_fact_category_created on ticket_fact (category, created_at);

-- Every interaction on a ticket's timeline: contacts and agent work (handle time).
create table interaction_fact (
    interaction_id uuid primary key,
    ticket_id      uuid,
    channel        text,
    direction      text,
    visibility     text,
    kind           text,
    author_role    text,
    handle_seconds bigint      not null default 0,
    at             timestamptz not null
);
create index interaction_fact_ticket on interaction_fact (ticket_id);
create index interaction_fact_day on interaction_fact (((at at time zone 'UTC')::date));

-- CSAT answers (from survey-answered events, whoever collected them).
create table csat_fact (
    event_id  text primary key,
    ticket_id uuid,
    channel   text,
    rating    int         not null,
    at        timestamptz not null
);
create index csat_fact_ticket on csat_fact (ticket_id);

-- Self-service deflections: a suggested article accepted without a ticket.
create table deflection_fact (
    event_id   text primary key,
    article_id uuid,
    category   text,
    at         timestamptz not null
);

-- Daily counters per dimension ('total', 'channel', 'type', 'category', 'group') and key: the
-- experience endpoint sums them over a range instead of scanning every ticket.
create table experience_daily (
    dimension            text   not null,
    day                  date   not null,
    key                  text   not null,
    contacts             bigint not null,
    tickets              bigint not null,
    resolved             bigint not null,
    first_contact_resolved bigint not null,
    reopened             bigint not null,
    sla_measured         bigint not null,
    sla_met              bigint not null,
    csat_1               bigint not null,
    csat_2               bigint not null,
    csat_3               bigint not null,
    csat_4               bigint not null,
    csat_5               bigint not null,
    handled_interactions bigint not null,
    handle_seconds       bigint not null,
    deflections          bigint not null,
    primary key (dimension, day, key)
);

-- Days whose counters must be recomputed because a fact of that day changed.
create table experience_dirty_day (
    day date primary key
);

-- Imported history (not a projection: the rebuild projects it again into ticket_fact).
create table imported_ticket (
    ticket_id          uuid primary key,
    source             text        not null,
    number             text        not null,
    type               text        not null,
    category           text,
    configuration_item text,
    channel            text,
    support_group      text,
    customer_id        uuid,
    created_at         timestamptz not null,
    resolved_at        timestamptz,
    closed_at          timestamptz,
    resolution_code    text,
    reopen_count       int         not null,
    reassigned         boolean     not null,
    waited_on_customer boolean     not null,
    sla_met            boolean,
    imported_at        timestamptz not null
);

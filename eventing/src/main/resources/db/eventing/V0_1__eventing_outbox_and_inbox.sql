-- Transactional outbox: written in the same transaction as the change it announces, drained by the relay.
create table eventing_outbox (
    seq        bigserial primary key,
    id         uuid        not null unique,
    topic      text        not null,
    ce_type    text        not null,
    ce_source  text        not null,
    ce_subject text,
    ce_time    timestamptz not null,
    kafka_key  text,
    payload    text        not null
);

-- Idempotent inbox: one row per (consumer, event id) already applied, written with the consumer's effect.
create table eventing_inbox (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- CSAT surveys: one single-use token per resolved ticket (sampled); only the token's hash is kept.
create table survey (
    id            uuid primary key,
    token_hash    text        not null unique,
    -- the raw token only until the link is sent, then only its hash remains
    pending_token text,
    ticket_id     uuid        not null,
    ticket_number text,
    customer_id   uuid,
    channel       text,
    created_at    timestamptz not null,
    send_at       timestamptz not null,
    sent_at       timestamptz,
    expires_at    timestamptz not null,
    answered_at   timestamptz,
    rating        int,
    comment       text,
    version       bigint      not null default 0
);
create index survey_customer on survey (customer_id, created_at);
create index survey_unsent on survey (send_at) where sent_at is null;

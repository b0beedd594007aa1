-- Idempotency-Key records: the first answer to a creating POST, replayed for a repeat with the same body.
create table http_idempotency (
    scope        text        not null,
    idem_key     text        not null,
    request_hash text        not null,
    status       int         not null,
    body         text        not null,
    created_at   timestamptz not null default now(),
    primary key (scope, idem_key)
);
create index http_idempotency_created_at on http_idempotency (created_at);

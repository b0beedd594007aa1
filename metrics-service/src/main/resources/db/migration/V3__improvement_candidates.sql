-- Recurring incidents that problem management should look at.
create table problem_candidate (
    id                 uuid primary key,
    category           text,
    configuration_item text,
    summary            text        not null,
    trend              text        not null,
    first_seen         timestamptz not null,
    last_seen          timestamptz not null,
    detected_at        timestamptz not null,
    updated_at         timestamptz not null
);
create table problem_candidate_member (
    candidate_id uuid        not null references problem_candidate (id) on delete cascade,
    ticket_id    uuid        not null,
    number       text,
    subject      text,
    created_at   timestamptz not null,
    primary key (candidate_id, ticket_id)
);
create index problem_candidate_member_ticket on problem_candidate_member (ticket_id);

-- Frequent service requests resolved the same way: worth automating.
create table automation_candidate (
    id              uuid primary key,
    catalog_item    text,
    category        text,
    resolution_code text        not null,
    requests        int         not null,
    share           double precision not null,
    detected_at     timestamptz not null,
    updated_at      timestamptz not null,
    unique nulls not distinct (catalog_item, category, resolution_code)
);

-- Customers and their identities (e-mail lower-case, phone E.164, chat handle, OIDC subject).
create table customer (
    id          uuid primary key,
    name        text,
    merged_into uuid references customer (id),
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create table customer_identity (
    id          uuid primary key,
    customer_id uuid        not null references customer (id),
    kind        text        not null,
    value       text        not null,
    created_at  timestamptz not null,
    unique (kind, value)
);
create index customer_identity_customer on customer_identity (customer_id);

-- Major incidents (outages) that contacts are linked to.
create table major_incident (
    id                 uuid primary key,
    title              text        not null,
    description        text,
    category           text,
    keywords           text        not null default '',
    status             text        not null,
    resolution_summary text,
    created_by         text        not null,
    created_at         timestamptz not null,
    resolved_at        timestamptz
);
create index major_incident_open on major_incident (status);

create table major_incident_update (
    id                uuid primary key,
    major_incident_id uuid        not null references major_incident (id),
    body              text        not null,
    author            text        not null,
    at                timestamptz not null
);
create index major_incident_update_incident on major_incident_update (major_incident_id, at desc);

-- Tickets: incidents and service requests.
create sequence ticket_number_seq start with 1001;

create table ticket (
    id                    uuid primary key,
    number                text        not null unique,
    type                  text        not null,
    category              text,
    catalog_item          text,
    classified_by         text        not null,
    impact                text        not null,
    urgency               text        not null,
    priority              text        not null,
    status                text        not null,
    subject               text        not null,
    description           text        not null,
    customer_id           uuid        not null references customer (id),
    channel               text        not null,
    conversation_id       text,
    group_name            text,
    owner                 text,
    major_incident_id     uuid references major_incident (id),
    needs_triage          boolean     not null default false,
    negative_sentiment    boolean     not null default false,
    repeated_contacts     boolean     not null default false,
    resolution_code       text,
    resolution_summary    text,
    resolution_article_id uuid,
    resolved_at           timestamptz,
    closed_at             timestamptz,
    reopened_count        int         not null default 0,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint      not null default 0
);
create index ticket_customer on ticket (customer_id, created_at desc);
create index ticket_status on ticket (status, resolved_at);
create index ticket_conversation on ticket (conversation_id) where conversation_id is not null;
create index ticket_major_incident on ticket (major_incident_id) where major_incident_id is not null;

-- Parties copied on a ticket (e-mail CC): they may write to it.
create table ticket_participant (
    ticket_id uuid not null references ticket (id),
    address   text not null,
    primary key (ticket_id, address)
);

-- Every contact and reply on every channel: the customer's timeline.
create table interaction (
    id          uuid primary key,
    ticket_id   uuid references ticket (id),
    customer_id uuid        not null references customer (id),
    channel     text        not null,
    direction   text        not null,
    visibility  text        not null,
    kind        text        not null,
    author      text        not null,
    author_role text        not null,
    sender      text,
    subject     text,
    body        text        not null,
    body_html   text,
    external_id text,
    in_reply_to text,
    negative    boolean     not null default false,
    at          timestamptz not null
);
create index interaction_customer_at on interaction (customer_id, at desc);
create index interaction_ticket_at on interaction (ticket_id, at);
create unique index interaction_external on interaction (channel, external_id) where external_id is not null;

-- Audit trail of every change: who, when, what, through which channel.
create table audit_entry (
    id          bigserial primary key,
    entity_kind text        not null,
    entity_id   uuid        not null,
    action      text        not null,
    actor       text        not null,
    via         text        not null,
    detail      text,
    at          timestamptz not null
);
create index audit_entry_entity on audit_entry (entity_id, at);

-- Agents' corrections of type or category: training data for the classifier.
create table classification_correction (
    id                 bigserial primary key,
    ticket_id          uuid        not null references ticket (id),
    subject            text        not null,
    description        text        not null,
    previous_type      text        not null,
    previous_category  text,
    corrected_type     text        not null,
    corrected_category text,
    corrected_by       text        not null,
    corrected_at       timestamptz not null
);

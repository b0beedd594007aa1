-- Every received e-mail, kept raw (nothing is ever lost), with why it was threaded where it was.
create table email_message (
    id                uuid primary key,
    message_id        text,
    interaction_id    uuid references interaction (id),
    ticket_id         uuid references ticket (id),
    related_ticket_id uuid references ticket (id),
    kind              text        not null,
    threading         text        not null,
    evidence          text,
    notes             text,
    raw               bytea       not null,
    received_at       timestamptz not null
);
create index email_message_message_id on email_message (message_id);
create index email_message_interaction on email_message (interaction_id);

-- Attachments and inline images of received mail (over-limit ones are only noted).
create table email_attachment (
    id               uuid primary key,
    email_message_id uuid    not null references email_message (id),
    filename         text    not null,
    content_type     text    not null,
    size             bigint  not null,
    md5              text    not null,
    content_id       text,
    inline           boolean not null,
    content          bytea   not null
);
create index email_attachment_message on email_attachment (email_message_id);

-- Outbound mail outbox: written in the transaction that decided to send, delivered by SMTP after.
create table email_outbound (
    id              uuid primary key,
    message_id      text        not null unique,
    interaction_id  uuid,
    ticket_id       uuid,
    recipient       text        not null,
    cc              text,
    subject         text        not null,
    body            text        not null,
    in_reply_to     text,
    reference_ids   text,
    automatic       boolean     not null,
    status          text        not null,
    attempts        int         not null default 0,
    last_error      text,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index email_outbound_due on email_outbound (status, next_attempt_at);
create index email_outbound_recipient on email_outbound (recipient, created_at) where automatic;

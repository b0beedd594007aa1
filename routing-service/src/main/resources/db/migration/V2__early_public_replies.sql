-- The first public agent reply to a ticket routing has not seen yet (interactions and tickets travel
-- on different topics). Applied to the first-response clock when the ticket arrives, then deleted.
create table routing_early_reply (
    ticket_id  uuid primary key,
    replied_at timestamptz not null
);

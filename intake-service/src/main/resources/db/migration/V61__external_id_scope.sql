-- An e-mail Message-ID is unique world wide: one interaction per Message-ID. Any other channel's
-- external id is the caller's own and identifies a message only together with the customer (a
-- customer posting another customer's id makes a new contact). Concurrent deliveries of one id are
-- serialised by an advisory lock, so this index only serves the look-up.
drop index interaction_external;
create unique index interaction_external_email on interaction (external_id)
    where channel = 'EMAIL' and external_id is not null;
create index interaction_external on interaction (channel, external_id, customer_id)
    where external_id is not null;

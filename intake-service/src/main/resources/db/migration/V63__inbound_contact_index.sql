-- The customer-context signals and the repeated-contact check count a customer's inbound contacts
-- in a recent window on every new ticket; this partial index answers both from the index alone,
-- however many outbound replies, notes and notifications the customer's timeline holds.
create index interaction_inbound_contact on interaction (customer_id, at)
  where direction = 'INBOUND' and kind in ('CONTACT', 'COURTESY');

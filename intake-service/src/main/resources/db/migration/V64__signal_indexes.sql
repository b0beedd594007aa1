-- The customer signals (context API, and routing for every new ticket) ask three "is there any"
-- questions; these partial indexes answer each from the few rows that qualify, not from every
-- ticket and interaction of a customer with a long history.
create index interaction_negative on interaction (customer_id, at) where negative;
create index ticket_open_negative on ticket (customer_id)
  where negative_sentiment and status not in ('RESOLVED', 'CLOSED');
create index ticket_major_incident_customer on ticket (customer_id, major_incident_id)
  where major_incident_id is not null;
-- The context's open tickets (the newest 50 and how many) of a customer with thousands of closed ones.
create index ticket_customer_open on ticket (customer_id, created_at desc)
  where status not in ('RESOLVED', 'CLOSED');

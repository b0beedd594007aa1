-- Business-time durations from routing's sla-stopped events (routing knows the calendars): the
-- business minutes the first-response and the resolution clock ran, the latest (largest) stop winning. Null
-- when unknown (no SLA policy, or no clock stopped yet). The covering indexes of the exact
-- percentiles include them; the histograms count them as measures first_response_business and
-- resolution_business.
alter table ticket_fact add column first_response_business_minutes double precision;
alter table ticket_fact add column resolution_business_minutes double precision;

drop index ticket_fact_created;
drop index ticket_fact_resolved;
create index ticket_fact_created on ticket_fact (created_day)
    include (channel, type, category, support_group, first_response_minutes,
        first_response_business_minutes);
create index ticket_fact_resolved on ticket_fact (resolved_day)
    include (channel, type, category, support_group, resolution_minutes,
        resolution_business_minutes);

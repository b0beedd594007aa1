-- A ticket's SLA is met only when every clock is: SLA_MET events are now recorded per clock and
-- sla_met is set once both the first-response and the resolution clock are met (an imported
-- made_sla still sets sla_met directly). Facts projected before this change keep their old value
-- until the next rebuild (POST /api/v1/admin/projections/rebuild).
alter table ticket_fact add column sla_first_response_met boolean not null default false;
alter table ticket_fact add column sla_resolution_met boolean not null default false;

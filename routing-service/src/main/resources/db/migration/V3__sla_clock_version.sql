-- Optimistic locking of SLA clocks: the scheduler and the consumers never overwrite each other's change.
alter table sla_clock add column version bigint not null default 0;

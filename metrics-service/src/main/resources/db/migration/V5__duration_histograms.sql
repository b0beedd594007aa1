-- Duration histograms: how many tickets' first-response and resolution minutes fell in each
-- log-spaced bucket (1 % wide, see DurationBuckets), per day and per month, in total and per
-- dimension key, so that medians and p90s of a long range need not read every ticket. Recomputed
-- with experience_daily from experience_dirty_day; the monthly rows are the sums of the daily ones.
-- One row per day (or month), dimension, key and measure: the non-empty buckets in ascending order and
-- the tickets in each, as two arrays of the same length.
create table experience_duration_daily (
    day       date     not null,
    dimension text     not null,
    key       text     not null,
    measure   text     not null,
    buckets   int[]    not null,
    facts     bigint[] not null,
    primary key (day, dimension, key, measure)
);

create table experience_duration_monthly (
    month     date     not null,
    dimension text     not null,
    key       text     not null,
    measure   text     not null,
    buckets   int[]    not null,
    facts     bigint[] not null,
    primary key (month, dimension, key, measure)
);

-- A report reads the total and one dimension (the primary keys, day and month first, serve the
-- recounts).
create index experience_duration_daily_read on experience_duration_daily (dimension, day);
create index experience_duration_monthly_read on experience_duration_monthly (dimension, month);

-- Projections built before this migration get their histograms on the next recompute of each day.
insert into experience_dirty_day (day)
select distinct d from (
    select created_day as d from ticket_fact
    union select resolved_day from ticket_fact
) days where d is not null
on conflict do nothing;

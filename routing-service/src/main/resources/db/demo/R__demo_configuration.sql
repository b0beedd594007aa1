-- Demo configuration for the local stack (Flyway location db/demo, added by the launcher only).
-- Idempotent upserts: re-running resets the demo rows and leaves everything else alone.

insert into sla_calendar (id, name, time_zone, week, holidays) values
    ('business-hours', 'Berlin office, Mon-Fri 08:00-18:00', 'Europe/Berlin',
     '{"monday": ["08:00-18:00"], "tuesday": ["08:00-18:00"], "wednesday": ["08:00-18:00"],
       "thursday": ["08:00-18:00"], "friday": ["08:00-18:00"]}',
     '["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-10-03", "2026-12-24",
       "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01"]'),
    ('24x7', 'Round the clock', 'Europe/Berlin',
     '{"monday": ["00:00-24:00"], "tuesday": ["00:00-24:00"], "wednesday": ["00:00-24:00"],
       "thursday": ["00:00-24:00"], "friday": ["00:00-24:00"], "saturday": ["00:00-24:00"],
       "sunday": ["00:00-24:00"]}',
     '[]')
on conflict (id) do update set name = excluded.name, time_zone = excluded.time_zone,
    week = excluded.week, holidays = excluded.holidays;

insert into sla_policy (id, name, priority, ticket_type, first_response, resolution, calendar_id,
                        warning_share, warning_escalation) values
    ('p1', 'P1 critical, round the clock', 'p1', null, 'PT30M', 'PT4H', '24x7', null, 'hierarchical'),
    ('p2', 'P2 high', 'p2', null, 'PT1H', 'PT8H', 'business-hours', null, 'hierarchical'),
    ('p3', 'P3 medium', 'p3', null, 'PT4H', 'PT24H', 'business-hours', null, 'functional'),
    ('p4', 'P4 low', 'p4', null, 'PT8H', 'PT72H', 'business-hours', null, 'hierarchical'),
    ('p5', 'P5 planning', 'p5', null, 'PT8H', 'PT120H', 'business-hours', null, 'none')
on conflict (id) do update set name = excluded.name, priority = excluded.priority,
    ticket_type = excluded.ticket_type, first_response = excluded.first_response,
    resolution = excluded.resolution, calendar_id = excluded.calendar_id,
    warning_share = excluded.warning_share, warning_escalation = excluded.warning_escalation;

insert into routing_group (id, name, strategy, tier, supervisor, escalation_group) values
    ('service-desk', 'Service desk (tier 1)', 'load_balanced', 1, 'sam', 'workplace'),
    ('network-team', 'Network team (tier 2)', 'load_balanced', 2, 'sam', null),
    ('workplace', 'Workplace and software (tier 2)', 'round_robin', 2, 'sam', null),
    ('security-team', 'Security (agents pull)', 'queue', 2, 'sam', null)
on conflict (id) do update set name = excluded.name, strategy = excluded.strategy,
    tier = excluded.tier, supervisor = excluded.supervisor, escalation_group = excluded.escalation_group;

insert into routing_agent (id, name, groups, skills, capacity, availability) values
    ('agent1', 'Agent One', '["service-desk", "workplace"]',
     '["email", "access", "hardware", "printer", "software"]', 10, 'available'),
    ('agent2', 'Agent Two', '["service-desk", "network-team", "security-team"]',
     '["email", "access", "network", "vpn", "security"]', 10, 'available'),
    ('agent3', 'Agent Three', '["network-team", "workplace", "security-team"]',
     '["network", "vpn", "hardware", "printer", "software", "security"]', 10, 'available')
on conflict (id) do update set name = excluded.name, groups = excluded.groups,
    skills = excluded.skills, capacity = excluded.capacity, availability = excluded.availability;

insert into routing_rule (id, name, position, enabled, match_category_prefix, target_group,
                          required_skills) values
    ('network', 'Network and VPN to the network team', 10, true, 'network', 'network-team', '["network"]'),
    ('hardware', 'Hardware and printers to workplace', 20, true, 'hardware', 'workplace', '["hardware"]'),
    ('software', 'Software to workplace', 30, true, 'software', 'workplace', '["software"]'),
    ('access', 'Access and passwords to the service desk', 40, true, 'access', 'service-desk', '["access"]'),
    ('email', 'E-mail to the service desk', 50, true, 'email', 'service-desk', '["email"]'),
    ('security', 'Security incidents to the security queue', 60, true, 'security', 'security-team', '["security"]'),
    ('default', 'Everything else to the service desk', 1000, true, null, 'service-desk', '[]')
on conflict (id) do update set name = excluded.name, position = excluded.position,
    enabled = excluded.enabled, match_category_prefix = excluded.match_category_prefix,
    target_group = excluded.target_group, required_skills = excluded.required_skills;

-- Agent work logged on an interaction (a reply, a note, the work note of a status move), in whole
-- minutes; null when nobody logged any. Sent as InteractionEvent.handleSeconds (minutes x 60, 0 when
-- null), which metrics-service averages into averageHandleMinutes.
alter table interaction add column time_spent_minutes integer
    check (time_spent_minutes between 0 and 1440);

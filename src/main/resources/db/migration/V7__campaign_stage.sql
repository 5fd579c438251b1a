-- The phase a campaign is running or reviewing, for its status.
alter table campaign add column current_phase integer;

-- The phase-summary process that opened a summary: its steps find the summary by their own process
-- instance, never by campaign and phase numbers a process variable names.
alter table phase_summary add column process_instance_id varchar(64);
create unique index uk_phase_summary_process on phase_summary (process_instance_id);

-- Runs of scheduled work (the evaluation after each quarter and year closes): the primary key
-- makes a run happen once even when several instances share the database.
create table scheduled_run (
  run_key    varchar(100) not null primary key,
  started_at timestamp with time zone not null,
  detail     varchar(500)
);

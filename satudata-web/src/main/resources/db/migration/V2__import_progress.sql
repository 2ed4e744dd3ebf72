-- Progress of bulk imports (satudata-batch, job submission-import), one row per reserved
-- submission version. Updated in each chunk's transaction, so it never runs ahead of what is
-- committed; the primary key also keeps two imports from taking the same version number.
create table import_progress (
  submission_id varchar(200) not null primary key,
  account_id    varchar(100) not null,
  file_id       varchar(64)  not null,
  file_name     varchar(300) not null,
  file_size     bigint       not null,
  number_style  varchar(20),
  header_row    bigint,
  status        varchar(20)  not null,
  job_instance  bigint,
  execution_id  bigint,
  rows_read     bigint       not null,
  rows_stored   bigint       not null,
  errors        bigint       not null,
  warnings      bigint       not null,
  message       varchar(2000),
  started_at    timestamp with time zone not null,
  updated_at    timestamp with time zone not null
);
create index import_progress_status on import_progress (status);

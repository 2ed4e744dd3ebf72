-- Bulk import progress: the share of the file read (percent), the stage of the work and the rows
-- rejected (rows with at least one error finding), shown by GET /api/v1/imports/....
alter table import_progress add column percent_read integer default 0 not null;
alter table import_progress add column stage varchar(20);
alter table import_progress add column rows_rejected bigint default 0 not null;

-- The evaluation report's supporting documents besides the report itself (PDF, kept in
-- evaluation_report.file_*): the figures workbook (XLSX) and the progress exposé, one row each.
create table report_annex (
  report_id varchar(64) not null references evaluation_report (id),
  kind varchar(20) not null,
  file_id varchar(64) not null,
  file_name varchar(500),
  file_media_type varchar(200),
  file_size bigint,
  file_sha256 varchar(64),
  primary key (report_id, kind)
);

-- NTB Satu Data: the schema of the persistence adapters (satudata-web, package web.persistence).
-- One text for H2 2.2 (default mode and MODE=PostgreSQL) and PostgreSQL 15+: only types both
-- know (varchar, text, boolean, integer, bigint, date, timestamp with time zone), no identity
-- columns (EclipseLink 4.0.7 cannot use them on H2), no expression indices (H2 has none).
-- "version" columns are the aggregates' optimistic-lock versions. "idx" columns order child rows.
-- Names avoid words reserved by H2 2.x (year, value, key, row, user ...).

-- Agencies (OPD) and accounts --------------------------------------------------------------

create table agency (
  code varchar(40) not null primary key,
  name varchar(300) not null,
  head_name varchar(300) not null,
  active boolean not null,
  version bigint not null
);

create table account (
  id varchar(100) not null primary key,
  display_name varchar(300) not null,
  enabled boolean not null,
  version bigint not null
);

-- agency_code is deliberately not a foreign key: the core accepts roles for agencies it has not
-- stored yet (a region's accounts may be loaded before its agencies).
create table account_role (
  account_id varchar(100) not null references account (id),
  idx integer not null,
  role_name varchar(40) not null,
  agency_code varchar(40),
  primary key (account_id, idx)
);

-- Identity (used by the identity store, not by the core) ------------------------------------

create table account_credential (
  username varchar(100) not null primary key,
  password_hash varchar(400) not null,
  failed_attempts integer not null,
  locked_until timestamp with time zone,
  version bigint not null
);

create table api_token (
  token_hash varchar(64) not null primary key,
  username varchar(100) not null,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null
);

create index api_token_username on api_token (username);

-- Reference code lists -----------------------------------------------------------------------

create table code_list (
  id varchar(100) not null primary key,
  name varchar(300) not null,
  version bigint not null
);

-- aliases: the member's other accepted spellings, encoded as one text (see CellCodec).
create table code_list_code (
  list_id varchar(100) not null references code_list (id),
  idx integer not null,
  code varchar(100) not null,
  label varchar(500) not null,
  kind varchar(100) not null,
  aliases varchar(2000) not null,
  primary key (list_id, idx)
);

-- The regional data list (Daftar Data Daerah) ------------------------------------------------

-- id is written 2026/KEP-001. definition_json holds the data standard, BPS metadata and table
-- structure (ItemDocument); the definition's scalars are columns.
create table data_item (
  id varchar(60) not null primary key,
  list_year integer not null,
  code varchar(40) not null,
  title varchar(500) not null,
  description varchar(4000) not null,
  topic varchar(200) not null,
  producer varchar(40) not null,
  periodicity varchar(20) not null,
  disaggregation varchar(20) not null,
  priority boolean not null,
  definition_json text not null,
  status varchar(20) not null,
  agreed_in_meeting varchar(100),
  agreed_at timestamp with time zone,
  availability_status varchar(20),
  availability_reason varchar(4000),
  availability_checked_at timestamp with time zone,
  availability_checked_by varchar(100),
  proposed_at timestamp with time zone not null,
  version bigint not null
);

create index data_item_year on data_item (list_year);
create index data_item_producer on data_item (producer);

create table item_recommendation (
  item_id varchar(60) not null references data_item (id),
  idx integer not null,
  decided_at timestamp with time zone not null,
  decided_by varchar(100) not null,
  decision varchar(20) not null,
  notes varchar(4000) not null,
  primary key (item_id, idx)
);

create table forum_meeting (
  id varchar(100) not null primary key,
  list_year integer not null,
  meeting_date date not null,
  minutes_number varchar(200) not null,
  file_id varchar(64),
  file_name varchar(500),
  file_media_type varchar(200),
  file_size bigint,
  file_sha256 varchar(64),
  recorded_by varchar(100),
  recorded_at timestamp with time zone,
  version bigint not null
);

create table meeting_attendee (
  meeting_id varchar(100) not null references forum_meeting (id),
  idx integer not null,
  attendee varchar(300) not null,
  primary key (meeting_id, idx)
);

create table meeting_agreed_item (
  meeting_id varchar(100) not null references forum_meeting (id),
  idx integer not null,
  item_id varchar(60) not null,
  primary key (meeting_id, idx)
);

-- Submissions (versions of a producer's table) -----------------------------------------------

-- id is written 2026/KEP-001/2025-Q1/v2; its parts are columns for the finders.
create table submission (
  id varchar(200) not null primary key,
  item_id varchar(60) not null,
  item_year integer not null,
  data_period varchar(20) not null,
  version_no integer not null,
  agency varchar(40) not null,
  status varchar(20) not null,
  file_id varchar(64),
  file_name varchar(500),
  file_media_type varchar(200),
  file_size bigint,
  file_sha256 varchar(64),
  check_rows bigint not null,
  check_errors bigint not null,
  check_warnings bigint not null,
  validation_letter varchar(64),
  withdrawal_reason varchar(4000),
  version bigint not null
);

create index submission_series on submission (item_id, data_period);
create index submission_item_year on submission (item_year);
create index submission_status on submission (status);
create index submission_agency on submission (agency);

create table submission_transition (
  submission_id varchar(200) not null references submission (id),
  idx integer not null,
  at_time timestamp with time zone not null,
  by_account varchar(100) not null,
  from_status varchar(20),
  to_status varchar(20) not null,
  note varchar(4000) not null,
  primary key (submission_id, idx)
);

-- Rows and findings of a submission version, written in bulk by JdbcContentStore. No foreign
-- key to submission: the content is written (same transaction) before the submission row, and
-- none from rows and findings to their header either, which would cost a lookup per inserted row.
create sequence content_seq start with 1 increment by 1;

create table submission_content (
  content_id bigint not null primary key,
  submission_id varchar(200) not null unique,
  header text not null,
  row_count bigint not null,
  finding_count bigint not null
);

-- cells: the row's cells encoded as one text (CellCodec); row_no 1, 2, 3 ... in upload order.
create table submission_row (
  content_id bigint not null,
  row_no bigint not null,
  cells text not null,
  primary key (content_id, row_no)
);

create table submission_finding (
  content_id bigint not null,
  finding_no bigint not null,
  severity varchar(10) not null,
  rule_name varchar(60) not null,
  row_no bigint not null,
  column_index integer not null,
  column_name text not null,
  cell_value text not null,
  args text not null,
  primary key (content_id, finding_no)
);

-- The letters register -----------------------------------------------------------------------

-- number_key: the letter number stripped and in lower case, as findByNumber compares it.
create table letter (
  id varchar(64) not null primary key,
  kind varchar(20) not null,
  letter_number varchar(200) not null,
  number_key varchar(200) not null,
  letter_date date not null,
  signatory varchar(300) not null,
  signed_by varchar(100),
  agency varchar(40) not null,
  file_id varchar(64),
  file_name varchar(500),
  file_media_type varchar(200),
  file_size bigint,
  file_sha256 varchar(64),
  registered_at timestamp with time zone not null,
  registered_by varchar(100) not null,
  version bigint not null
);

create index letter_number_lookup on letter (kind, agency, number_key);
create index letter_registered_at on letter (registered_at);

create table letter_cover (
  letter_id varchar(64) not null references letter (id),
  idx integer not null,
  submission_id varchar(200) not null,
  primary key (letter_id, idx)
);

-- Evaluation reports ---------------------------------------------------------------------------

-- evaluation_json: the whole evaluation, figures and breaches (EvaluationDocument).
create table evaluation_report (
  id varchar(64) not null primary key,
  data_period varchar(20) not null,
  as_of timestamp with time zone not null,
  evaluation_json text not null,
  created_at timestamp with time zone not null,
  created_by varchar(100),
  file_id varchar(64),
  file_name varchar(500),
  file_media_type varchar(200),
  file_size bigint,
  file_sha256 varchar(64),
  version bigint not null
);

create table report_delivery (
  report_id varchar(64) not null references evaluation_report (id),
  idx integer not null,
  delivered_at timestamp with time zone not null,
  recipient varchar(300) not null,
  document_reference varchar(200) not null,
  delivered_by varchar(100),
  file_id varchar(64),
  file_name varchar(500),
  file_media_type varchar(200),
  file_size bigint,
  file_sha256 varchar(64),
  primary key (report_id, idx)
);

-- The audit trail (append-only) ----------------------------------------------------------------

-- Start and increment equal EclipseLink's allocation size (50): it takes the 50 ids up to each
-- value it fetches.
create sequence audit_seq start with 50 increment by 50;

create table audit_entry (
  entry_id bigint not null primary key,
  at_time timestamp with time zone not null,
  account varchar(100) not null,
  role_name varchar(40) not null,
  role_agency varchar(40),
  step varchar(40) not null,
  object_type varchar(40) not null,
  object_id varchar(200) not null,
  state_before varchar(40) not null,
  state_after varchar(40) not null,
  detail varchar(4000) not null
);

create index audit_entry_object on audit_entry (object_type, object_id, at_time);
create index audit_entry_step on audit_entry (step, at_time);
create index audit_entry_at on audit_entry (at_time);

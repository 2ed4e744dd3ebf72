-- Several instances sharing one database (issue 6): every change of the public catalogue
-- (publication, which may supersede a version, withdrawal, an agency's change) moves the one-row
-- counter catalog_change.version in the step's own transaction and records which item changed
-- (catalog_change_item: the item's id, or '*' for "everything", with the counter's value then).
-- Each instance reads the counter every few seconds (one primary-key row) and, when it moved,
-- refreshes the items recorded since the value it last saw. The counter row is locked until the
-- step commits, so values become visible in the order they were given: nothing is skipped.
create table catalog_change (
  id      integer not null primary key,
  version bigint  not null
);
insert into catalog_change (id, version) values (1, 0);

create table catalog_change_item (
  item    varchar(60) not null primary key,
  version bigint      not null
);
create index catalog_change_item_version on catalog_change_item (version);
